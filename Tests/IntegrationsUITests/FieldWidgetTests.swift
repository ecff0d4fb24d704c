import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct SecretFieldTests {
    init() { TestLocale.ensure() }

    @Test func masksEachCharacterAsTyped() {
        var field = SecretField()
        field.focus()
        field.type("abc日")
        #expect(field.value == "abc日")
        let line = field.rendered()[0]
        #expect(line.hasPrefix("••••"))
        #expect(!line.contains("abc"))
        for _ in 0..<SecretField.ticksBeforeCount { field.tick() }
        #expect(field.rendered().contains { $0.contains("4 chars") })
    }

    /// A typed character changes the mask and nothing else: the count
    /// (on another line, dear to reach on a slow link) catches up once
    /// typing pauses, and at once after a paste, a reveal or leaving.
    @Test func typingChangesOnlyTheMaskAndTheCountCatchesUpWhenTypingPauses() {
        var field = SecretField()
        field.focus()
        let empty = field.view(width: 40, context: testContext).lines
        #expect(empty.count == 2, "the count's line is there before the first character")
        field.type("0123456789")
        let before = field.view(width: 40, context: testContext).lines
        field.type("a")
        let after = field.view(width: 40, context: testContext).lines
        #expect(after.count == before.count)
        #expect(Array(after.dropFirst()) == Array(before.dropFirst()), "only the mask's line changed")
        #expect(after[0] != before[0])
        #expect(!after[0].spans.contains { $0.role == .secret }, "the mask is plain, like typed text")
        #expect(field.wantsTicks)
        for _ in 1..<SecretField.ticksBeforeCount { field.tick() }
        #expect(!field.rendered().joined().contains("chars"), "still typing, as far as anyone can tell")
        field.type("b")
        for _ in 1..<SecretField.ticksBeforeCount { field.tick() }
        #expect(!field.rendered().joined().contains("chars"), "a typed character starts the wait again")
        field.tick()
        #expect(field.rendered()[1].contains("12 chars"))
        #expect(!field.wantsTicks)

        field.type("c")
        field.press(.backspace)
        #expect(field.rendered()[1].contains("12 chars"), "any other edit shows the count at once")
        _ = field.update(.paste("def"))
        #expect(field.rendered()[1].contains("15 chars"), "a paste too")
        field.type("g")
        field.blur()
        #expect(field.rendered()[1].contains("16 chars"), "and leaving the field")
        #expect(!field.wantsTicks)
    }

    @Test func neverBlankWhileTyping() {
        var field = SecretField()
        field.focus()
        field.type("k")
        #expect(field.rendered()[0].trimmingCharacters(in: .whitespaces) == "•")
    }

    @Test func revealToggleShowsAndHidesAndBlurHidesAgain() {
        var field = SecretField()
        field.focus()
        field.type("s3cr3t")
        field.press(.control("r"))
        #expect(field.rendered()[0].hasPrefix("s3cr3t"))
        field.press(.control("r"))
        #expect(field.rendered()[0].hasPrefix("••••••"))
        field.press(.control("r"))
        field.blur()
        #expect(!field.isRevealed)
        #expect(field.rendered()[0].hasPrefix("••••••"))
    }

    @Test func showsCurrentTailAndWhetherTheTypedKeyMatches() {
        var field = SecretField(current: MaskedSecret(masked: "****************************0022"))
        field.focus()
        #expect(field.rendered(width: 70).joined().contains("current: ****0022"))
        field.type(Fixtures.hexKey)
        #expect(field.tailMatchesCurrent == true)
        #expect(field.rendered(width: 70).joined().contains("same last four"))
        field.press(.backspace)
        field.type("1")
        #expect(field.tailMatchesCurrent == false)
        #expect(field.rendered(width: 70).joined().contains("differs"))
    }

    /// On a narrow form a revealed, differing key still shows its whole
    /// count and "(shown)": the comparison is said shorter, then left out.
    @Test func theCountStaysWholeWhenTheComparisonDoesNotFit() {
        var field = SecretField(current: MaskedSecret(masked: "****************************0022"))
        field.focus()
        field.type(Fixtures.hexKey)
        field.press(.backspace)
        field.type("1")
        field.press(.control("r"))
        let wide = field.rendered(width: 90).joined(separator: "\n")
        #expect(wide.contains("differs: this replaces the key") && wide.contains("32 chars (shown)"), "\(wide)")
        let narrow = field.rendered(width: 64).joined(separator: "\n")
        #expect(narrow.contains("differs") && narrow.contains("32 chars (shown)"), "\(narrow)")
        #expect(!narrow.contains("…"), "\(narrow)")
        let narrower = field.rendered(width: 40).joined(separator: "\n")
        #expect(narrower.contains("current: ****0022") && narrower.contains("32 chars (shown)"), "\(narrower)")
    }

    @Test func wordMovesJumpToTheEndsSoMaskHidesWordBreaks() {
        var field = SecretField()
        field.focus()
        field.type("abc def")
        field.press(.controlLeft)
        #expect(field.input.cursor == 0)
        field.press(.controlRight)
        #expect(field.input.cursor == 7)
        field.press(.control("w"))
        #expect(field.value.isEmpty)
    }
}

@Suite struct ChoiceAndToggleTests {
    init() { TestLocale.ensure() }

    @Test func choiceCyclesWithArrowsAndSpace() {
        var field = ChoiceField(options: IntegrationCatalog.datadog.field("region")!.options, selected: "US")
        field.focus()
        field.press(.right)
        #expect(field.value == "EU")
        field.press(.character(" "))
        #expect(field.value == "US3")
        field.press(.left, times: 3)
        #expect(field.value == "US1_FED")
        field.press(.home)
        #expect(field.value == "US")
    }

    @Test func choiceShowsEveryOptionWithTheSelectedMarked() {
        let field = ChoiceField(options: IntegrationCatalog.datadog.field("region")!.options, selected: "AP1")
        let line = field.rendered(width: 60)[0]
        #expect(line.contains("◉ AP1"))
        #expect(line.contains("○ US1_FED"))
    }

    @Test func narrowChoiceFallsBackToOneValueBetweenArrows() {
        let field = ChoiceField(options: IntegrationCatalog.datadog.field("region")!.options, selected: "EU")
        #expect(field.rendered(width: 20)[0].contains("← EU →"))
    }

    @Test func toggleSwitchesWithSpaceAndArrows() {
        var field = ToggleField(isOn: false)
        field.focus()
        field.press(.character(" "))
        #expect(field.isOn)
        #expect(field.rendered()[0].contains("[✔] on"))
        field.press(.left)
        #expect(!field.isOn)
        #expect(field.update(.key(.character("q"))) == .ignored)
    }
}

@Suite struct MultilineFieldTests {
    init() { TestLocale.ensure() }

    func focused(_ value: String = "", rows: Int = 3) -> MultilineField {
        var field = MultilineField(value: value, visibleRows: rows)
        field.focus()
        return field
    }

    @Test func enterStartsANewLineAndArrowsMoveBetweenLines() {
        var field = focused()
        field.type("{")
        field.press(.enter)
        field.type("}")
        field.press(.up)
        field.press(.end)
        field.press(.enter)
        field.type("  \"a\": 1")
        #expect(field.value == "{\n  \"a\": 1\n}")
    }

    @Test func backspaceAtLineStartJoinsLines() {
        var field = focused("ab\ncd")
        field.press(.home)
        field.press(.backspace)
        #expect(field.value == "abcd")
    }

    @Test func scrollsToKeepTheCursorLineVisible() {
        var field = focused("1\n2\n3\n4\n5\n6", rows: 3)
        #expect(field.top == 3)
        field.press(.pageUp)
        field.press(.pageUp)
        #expect(field.row == 0)
        #expect(field.top == 0)
        let lines = field.rendered()
        #expect(lines[0].contains("1 1"))
        #expect(lines.last?.contains("line 1/6") == true)
    }

    @Test func pasteKeepsLineBreaks() {
        var field = focused()
        _ = field.update(.paste("a\r\nb\rc\td\u{7}"))
        #expect(field.value == "a\nb\nc    d")
    }

    @Test func ctrlEAsksForTheEditorWithTheText() {
        var field = focused("body")
        #expect(field.update(.key(.control("e"))) == .openEditor("body"))
    }

    @Test func upOnFirstLineAndDownOnLastLeaveTheField() {
        var field = focused("one\ntwo")
        #expect(field.update(.key(.down)) == .next)
        field.press(.up)
        #expect(field.update(.key(.up)) == .previous)
    }
}
