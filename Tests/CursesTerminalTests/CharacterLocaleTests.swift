@testable import CursesTerminal
import Testing

/// The locale for characters: the operator's when it is installed, C.UTF-8
/// when the one asked for names UTF-8 but is not, nothing else otherwise.
@Suite struct CharacterLocaleTests {
    @Test func lcAllThenLcCtypeThenLangDecide() {
        #expect(CharacterLocale.requested(in: ["LANG": "ja_JP.UTF-8", "LC_CTYPE": "de_DE.UTF-8", "LC_ALL": "C"]) == "C")
        #expect(CharacterLocale.requested(in: ["LANG": "ja_JP.UTF-8", "LC_CTYPE": "de_DE.UTF-8"]) == "de_DE.UTF-8")
        #expect(CharacterLocale.requested(in: ["LANG": "ja_JP.UTF-8", "LC_ALL": ""]) == "ja_JP.UTF-8")
        #expect(CharacterLocale.requested(in: [:]) == nil)
    }

    @Test(arguments: [
        ("ja_JP.UTF-8", false, ["C.UTF-8", "C.utf8"]),
        ("en_US.utf8", false, ["C.UTF-8", "C.utf8"]),
        ("ja_JP.UTF-8", true, []),     // installed: the operator's own
        ("ja_JP.eucJP", false, []),    // not UTF-8: the C locale is what it asked for
        ("C", true, []),
    ])
    func aUTF8LocaleThatIsNotInstalledFallsBackToCUTF8(requested: String, couldSet: Bool, expected: [String]) {
        #expect(CharacterLocale.fallback(requested: requested, couldSet: couldSet) == expected)
    }
}
