import Testing
@testable import IntegrationsUI

@Suite struct TextInputTests {
    init() { TestLocale.ensure() }

    func focused(_ value: String = "") -> TextInput {
        var input = TextInput(value)
        input.focus()
        return input
    }

    @Test func typesAtTheCursorAndMovesIt() {
        var input = focused()
        input.type("helo")
        input.press(.left)
        input.type("l")
        #expect(input.value == "hello")
        #expect(input.cursor == 4)
    }

    @Test func homeEndAndReadlineKeys() {
        var input = focused("world")
        input.press(.home)
        input.type("hello ")
        #expect(input.value == "hello world")
        input.press(.end)
        input.type("!")
        #expect(input.value == "hello world!")
        input.press(.control("a"))
        #expect(input.cursor == 0)
        input.press(.control("e"))
        #expect(input.cursor == 12)
    }

    @Test func wordMovesAndWordDelete() {
        var input = focused("alpha beta-gamma")
        input.press(.controlLeft)
        #expect(input.cursor == 11) // before "gamma"
        input.press(.controlLeft)
        #expect(input.cursor == 6) // before "beta"
        input.press(.controlRight)
        #expect(input.cursor == 10) // after "beta"
        input.press(.end)
        input.press(.control("w"))
        #expect(input.value == "alpha beta-")
    }

    @Test func deleteKeys() {
        var input = focused("abcdef")
        input.press(.home)
        input.press(.delete)
        #expect(input.value == "bcdef")
        input.press(.end)
        input.press(.backspace, times: 2)
        #expect(input.value == "bcd")
        input.press(.left)
        input.press(.control("k"))
        #expect(input.value == "bc")
        input.press(.control("u"))
        #expect(input.value == "")
        input.press(.backspace)
        #expect(input.value == "")
    }

    @Test func cursorStepsOverWholeGraphemeClusters() {
        var input = focused("e\u{301}日👍🏽")
        #expect(input.characters.count == 3)
        input.press(.left)
        input.press(.backspace)
        #expect(input.value == "e\u{301}👍🏽")
    }

    @Test func wideCharactersPlaceTheCursorInColumns() {
        var input = focused("日本")
        let view = input.view(width: 20, context: testContext)
        #expect(view.cursor?.column == 4)
        input.press(.home)
        #expect(input.view(width: 20, context: testContext).cursor?.column == 0)
    }

    @Test func pasteInsertsExactlyWithoutControlsOrTheLineBreaksAroundIt() {
        var input = focused("[]")
        input.press(.left)
        _ = input.update(.paste("\nab\u{1B}c\td\r\n"))
        #expect(input.value == "[abcd]")
        #expect(input.cursor == 5)
        #expect(input.notice == nil, "a copied key's line breaks are no lines")
    }

    /// Never `…/hookrm -rf /`: the first line goes in and the notice says
    /// the rest was dropped.
    @Test func aPasteOfSeveralLinesKeepsTheFirstAndSaysTheRestWasDropped() {
        var input = focused()
        _ = input.update(.paste("https://example.com/hook\nrm -rf /\n"))
        #expect(input.value == "https://example.com/hook")
        #expect(input.notice == "Pasted 2 lines into a one-line field: kept the first, dropped the other.")
        var three = focused("x")
        _ = three.update(.paste("a\r\nb\u{2028}c"))
        #expect(three.value == "xa")
        #expect(three.notice?.contains("Pasted 3 lines") == true && three.notice?.contains("dropped the other 2") == true)
        three.press(.character("y"))
        #expect(three.notice == nil, "the notice lasts until the next key")
    }

    @Test func maxLengthRefusesTheRestAndSaysSo() {
        var input = TextInput("", maxLength: 5)
        input.focus()
        _ = input.update(.paste("1234567"))
        #expect(input.value == "12345")
        #expect(input.notice?.contains("2 not inserted") == true)
        input.type("x")
        #expect(input.value == "12345")
    }

    @Test func unfocusedInputIgnoresKeys() {
        var input = TextInput("abc")
        #expect(input.update(.key(.character("x"))) == .ignored)
        #expect(input.value == "abc")
    }

    @Test func navigationKeysArePassedOn() {
        var input = focused("abc")
        #expect(input.update(.key(.tab)) == .ignored)
        #expect(input.update(.key(.enter)) == .ignored)
        #expect(input.update(.key(.up)) == .ignored)
    }

    @Test func longValueScrollsToKeepTheCursorVisible() {
        var input = focused(String(repeating: "a", count: 50) + "XYZ")
        let line = input.view(width: 20, context: testContext).lines[0].text
        #expect(line.contains("XYZ"))
        #expect(line.hasPrefix("…"))
        input.press(.home)
        #expect(input.view(width: 20, context: testContext).lines[0].text.hasPrefix("aaaa"))
    }
}

/// The focused field's look costs nearly nothing per typed character:
/// curses resets attributes after every update, so a character drawn in
/// any attribute costs the attribute and its reset (16 bytes in reverse
/// video); drawn plain it costs itself. The free room stays in reverse
/// video, which shows on dark and light terminals and with NO_COLOR.
@Suite struct FocusedFieldStyleTests {
    init() { TestLocale.ensure() }

    @Test(arguments: [Theme.color, Theme.monochrome])
    func typedTextIsPlainAndTheFreeRoomReversed(theme: Theme) throws {
        var input = TextInput("")
        input.focus()
        input.type("https://x")
        let line = try #require(input.view(width: 20, context: testContext).lines.first)
        let typed = line.spans.filter { !$0.text.allSatisfy(\.isWhitespace) }
        #expect(typed.map(\.text).joined() == "https://x")
        for span in typed {
            #expect(theme.style(for: span.role) == .plain, "\(span.role) in \(theme.name)")
        }
        let room = try #require(line.spans.last)
        #expect(room.text.allSatisfy { $0 == " " } && !room.text.isEmpty)
        #expect(theme.style(for: room.role).reverse, "the field's free room shows where it is")
        // Without focus it is underlined, typed text included: told apart from the focused one.
        input.blur()
        let blurred = try #require(input.view(width: 20, context: testContext).lines.first)
        #expect(blurred.spans.allSatisfy { theme.style(for: $0.role).underline })
    }

    @Test func aMultilineFieldTypesPlainToo() throws {
        var field = MultilineField(value: "")
        field.focus()
        _ = field.update(.key(.character("{")))
        let first = try #require(field.view(width: 30, context: testContext).lines.first)
        let brace = try #require(first.spans.first { $0.text.contains("{") })
        #expect(Theme.color.style(for: brace.role) == .plain)
    }
}
