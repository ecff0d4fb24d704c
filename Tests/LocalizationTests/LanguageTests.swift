import Localization
import TestSupport
import Testing

@Suite struct LanguageTests {
    @Test func theFirstSetLocaleVariableChoosesTheLanguage() {
        #expect(Language.fromEnvironment(["LANG": "ja_JP.UTF-8"]) == .japanese)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .english)
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .english)
        // LC_ALL wins over LC_MESSAGES, which wins over LANG.
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ja_JP.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "ja_JP.eucJP", "LANG": "en_GB.UTF-8"]) == .japanese)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "ja_JP.UTF-8"]) == .english)
        // An empty variable counts as unset.
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "ja"]) == .japanese)
    }

    @Test func langArgumentsNameALanguage() {
        #expect(Language(argument: "ja") == .japanese)
        #expect(Language(argument: "EN") == .english)
        #expect(Language(argument: "ja_JP") == .japanese)
        #expect(Language(argument: "en-US") == .english)
        #expect(Language(argument: "fr") == nil)
        #expect(Language(argument: "") == nil)
    }

    @Test func aTaskRendersInItsOwnLanguageWhileAnotherTaskUsesTheOther() async {
        let messages = Messages(english: MessageTable("hello = Hello"), japanese: MessageTable("hello = こんにちは"))
        async let japanese = Wording.inLanguage(.japanese) { () async -> [String] in
            var seen: [String] = []
            for _ in 0..<200 { seen.append(messages.text("hello")); await Task.yield() }
            return seen
        }
        async let english = Wording.inLanguage(.english) { () async -> [String] in
            var seen: [String] = []
            for _ in 0..<200 { seen.append(messages.text("hello")); await Task.yield() }
            return seen
        }
        #expect(Set(await japanese) == ["こんにちは"])
        #expect(Set(await english) == ["Hello"])
    }
}

@Suite struct MessageTableTests {
    let messages = Messages(
        english: MessageTable(
            """
            # projects
            count.one = {0} project
            count.other = {0} projects
            loading = Loading {0} of {1}…
            tag = " (read-only)"
            two = first\\nsecond
            only.english = left untranslated
            """),
        japanese: MessageTable(
            """
            count.other = {0} 件のプロジェクト
            loading = {1} 件中 {0} 件を読み込み中…
            tag = "（読み取り専用）"
            two = 一行目\\n二行目
            """))

    @Test func countsAreGroupedAndPluralFormsChosen() {
        Wording.inLanguage(.english) {
            #expect(messages.plural("count", 1) == "1 project")
            #expect(messages.plural("count", 3_000) == "3,000 projects")
            #expect(messages.plural("count", 0) == "0 projects")
        }
        Wording.inLanguage(.japanese) {
            #expect(messages.plural("count", 1) == "1 件のプロジェクト")
            #expect(messages.plural("count", 3_000) == "3,000 件のプロジェクト")
        }
    }

    @Test func argumentsGoWhereEachLanguagePutsThem() {
        Wording.inLanguage(.english) { #expect(messages.text("loading", [20, 1_500]) == "Loading 20 of 1,500…") }
        Wording.inLanguage(.japanese) { #expect(messages.text("loading", [20, 1_500]) == "1,500 件中 20 件を読み込み中…") }
    }

    @Test func quotesKeepSpacesAndBackslashNBreaksTheLine() {
        Wording.inLanguage(.english) {
            #expect(messages.text("tag") == " (read-only)")
            #expect(messages.text("two") == "first\nsecond")
        }
    }

    @Test func aMissingTranslationFallsBackToEnglishAndAnUnknownKeyShowsItself() {
        Wording.inLanguage(.japanese) {
            #expect(messages.text("only.english") == "left untranslated")
            #expect(messages.text("no.such.key") == "no.such.key")
        }
    }

    @Test func anArgumentThatLooksLikeAPlaceholderIsNotFilledAgain() {
        Wording.inLanguage(.english) { #expect(messages.text("loading", ["{1}", 2]) == "Loading {1} of 2…") }
    }

    @Test func badLinesAndRepeatedKeysAreReported() {
        let table = MessageTable("a = 1\nno equals sign\na = 2\nbad key = 3")
        #expect(table.problems.count == 3)
    }

    @Test func theAuditFindsMissingKeysMismatchedArgumentsAndUnusedKeys() {
        let english = MessageTable("a = {0} x\nb = y\nc = z\nd.one = {0} d\nd.other = {0} ds")
        let japanese = MessageTable("a = x\nb = y\ne = w\nd.other = {0} 個")
        let problems = MessageAudit.problems(
            Messages(english: english, japanese: japanese),
            sources: [#"let s = tr("a", 1) + tr("b") + tr("missing") + trPlural("d", 2)"#])
        #expect(problems.contains("ja lacks c"))
        #expect(problems.contains("en lacks e"))
        #expect(problems.contains { $0.hasPrefix("arguments differ for a") })
        #expect(problems.contains("no code uses c"))
        #expect(problems.contains("called but missing: missing"))
        // Japanese leaves out the singular, and the plural is used by its base key.
        #expect(!problems.contains { $0.hasSuffix("d.one") || $0.hasSuffix("d.other") })
    }
}
