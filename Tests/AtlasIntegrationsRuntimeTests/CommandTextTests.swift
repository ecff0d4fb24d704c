import AtlasAdmin
import AtlasIntegrationsRuntime
import Foundation
import Localization
import TestSupport
import Testing

@Suite struct CommandTextTests {
    /// The commands' words: both languages have every message, with the
    /// same arguments, each used by the runtime or the commands.
    @Test func bothLanguagesHaveEveryMessageAndNoneIsUnused() {
        #expect(MessageAudit.problems(CommandText.messages, targets: ["AtlasIntegrationsRuntime", "atlas-integrations"]) == [])
    }

    @Test func langWinsOverTheLocaleAndTheLocaleVariablesAreTakenInOrder() {
        let japanese = ["LANG": "ja_JP.UTF-8"]
        #expect(LanguageChoice.choose(arguments: [], environment: japanese) == .japanese)
        #expect(LanguageChoice.choose(arguments: ["--lang", "en"], environment: japanese) == .english)
        #expect(LanguageChoice.choose(arguments: ["--demo", "--lang=ja"], environment: [:]) == .japanese)
        #expect(LanguageChoice.choose(arguments: ["matrix", "--lang", "ja"], environment: ["LC_ALL": "C"]) == .japanese)
        // A bad value is left to the parser to refuse; the locale decides meanwhile.
        #expect(LanguageChoice.choose(arguments: ["--lang", "fr"], environment: japanese) == .japanese)
        // After `--`, words are not options.
        #expect(LanguageChoice.choose(arguments: ["--", "--lang", "ja"], environment: [:]) == .english)
    }

    @Test func anUnknownOrganizationIsRefusedInTheOperatorsLanguage() {
        Wording.inLanguage(.japanese) {
            do {
                _ = try OrganizationChoice.choose("nope", from: [])
                Issue.record("an unknown organization was chosen")
            } catch {
                #expect((error as? AtlasError)?.message == "この認証情報から見える組織に、ID または名前が \"nope\" のものはありません。")
            }
        }
    }
}
