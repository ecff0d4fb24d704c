import Localization

/// The UI's messages: one table per language, each made of one section per
/// part of the interface (`en/`, `ja/`). Lines are `key = value`; see
/// `MessageTable` for the format.
enum UIMessages {
    static let all = Messages(
        english: MessageTable(
            UIEnglish.common, UIEnglish.picker, UIEnglish.menu, UIEnglish.form, UIEnglish.errors, UIEnglish.matrix,
            UIEnglish.apply, UIEnglish.overlays, UIEnglish.start),
        japanese: MessageTable(
            UIJapanese.common, UIJapanese.picker, UIJapanese.menu, UIJapanese.form, UIJapanese.errors,
            UIJapanese.matrix, UIJapanese.apply, UIJapanese.overlays, UIJapanese.start))
}

enum UIEnglish {}
enum UIJapanese {}

/// `key`'s message in the current language, with `arguments` for `{0}`, `{1}`….
func tr(_ key: String, _ arguments: any Sendable...) -> String {
    UIMessages.all.text(key, arguments)
}

/// The message for `count` things (`key.one` / `key.other`); `{0}` is the count.
func trPlural(_ key: String, _ count: Int, _ more: any Sendable...) -> String {
    UIMessages.all.plural(key, count, more)
}

/// The messages, for tests that check the tables.
public enum UIMessageTables {
    public static var messages: Messages { UIMessages.all }
}
