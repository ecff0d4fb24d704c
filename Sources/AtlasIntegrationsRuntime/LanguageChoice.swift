import Localization

/// The language of a run: `--lang en|ja` if given, else the locale.
///
/// Read from the raw arguments before they are parsed, because the parser's
/// own help and error text must already be in that language.
public enum LanguageChoice {
    public static func choose(arguments: [String], environment: [String: String]) -> Language {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--" { break }
            if argument == "--lang", let value = rest.first, let language = Language(argument: value) { return language }
            if argument.hasPrefix("--lang="), let language = Language(argument: String(argument.dropFirst(7))) {
                return language
            }
        }
        return Language.fromEnvironment(environment)
    }
}
