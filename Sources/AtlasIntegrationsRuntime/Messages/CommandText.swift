import IntegrationsUI
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

    /// `key`'s message for the argument parser's help, in lines of at most
    /// `width` display columns. The parser wraps at spaces and counts
    /// characters; Japanese has few spaces and most of its characters take
    /// two columns, so its lines would run past the terminal's edge. Lines
    /// broken here are kept by the parser. English is left to the parser.
    /// (Widths need a UTF-8 character locale: the program sets it first.)
    public static func help(_ key: String, width: Int) -> String {
        let text = all.text(key, [])
        guard Wording.language == .japanese else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { WordWrap.lines(String($0), width: width).joined(separator: "\n") }
            .joined(separator: "\n")
    }

    /// Where the parser puts option help: after a 26-column label.
    public static let optionWidth = 80 - 26
    /// Room the parser needs after the help of an option with a default,
    /// for its ` (default: organization)`.
    public static let defaultNote = 24
    /// A discussion starts at the left edge.
    public static let discussionWidth = 79

    /// The messages, for tests that check the tables.
    public static var messages: Messages { all }
}

enum RuntimeEnglish {}
enum RuntimeJapanese {}

/// `key`'s message in the current language, with `arguments` for `{0}`, `{1}`….
func tr(_ key: String, _ arguments: any Sendable...) -> String {
    CommandText.all.text(key, arguments)
}
