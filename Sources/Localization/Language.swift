/// The language the product speaks to the operator.
///
/// Chosen as terminal programs choose it: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty names the locale, and
/// a name starting with `ja` means Japanese; anything else (including no
/// locale at all, `C` or `POSIX`) means English. `--lang en|ja` overrides it.
/// The choice is made from the name alone, so it holds even when the named
/// locale is not installed on the machine.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case english = "en"
    case japanese = "ja"

    /// The language a `--lang` value names: `en` or `ja`, any case, with or
    /// without a region (`ja_JP`, `en-US`).
    public init?(argument: String) {
        let lowered = argument.lowercased()
        let code = lowered.prefix { $0.isLetter }
        guard let language = Language(rawValue: String(code)) else { return nil }
        self = language
    }

    /// The language the locale variables of `environment` choose.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
            .compactMap { environment[$0] }
            .first { !$0.isEmpty } ?? ""
        return name.lowercased().hasPrefix("ja") ? .japanese : .english
    }
}
