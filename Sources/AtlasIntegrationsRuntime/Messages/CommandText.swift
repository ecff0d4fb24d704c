import Localization

/// The words of the commands (help, option help, their errors and the
/// lines they print) and of the runtime's messages: one table per language,
/// as the UI's. Public, so the executable's commands read them too.
public enum CommandText {
    static let all = Messages(
        english: MessageTable(RuntimeEnglish.commands, RuntimeEnglish.runtime),
        japanese: MessageTable(RuntimeJapanese.commands, RuntimeJapanese.runtime))

    /// `key`'s message in the current language, with `arguments` for `{0}`, `{1}`….
    public static func text(_ key: String, _ arguments: any Sendable...) -> String {
        all.text(key, arguments)
    }

    /// The messages, for tests that check the tables.
    public static var messages: Messages { all }
}

enum RuntimeEnglish {}
enum RuntimeJapanese {}

/// `key`'s message in the current language, with `arguments` for `{0}`, `{1}`….
func tr(_ key: String, _ arguments: any Sendable...) -> String {
    CommandText.all.text(key, arguments)
}
