import Localization

/// The service layer's messages for the operator (checks of a value, why a
/// request failed, apply and delivery reports): one table per language,
/// one section per part (`en/`, `ja/`). The catalog's per-type labels and
/// help are in the catalog itself (`CatalogJapanese`).
enum AdminMessages {
    static let all = Messages(
        english: MessageTable(AdminEnglish.checks, AdminEnglish.failures, AdminEnglish.apply, AdminEnglish.delivery),
        japanese: MessageTable(
            AdminJapanese.checks, AdminJapanese.failures, AdminJapanese.apply, AdminJapanese.delivery))
}

enum AdminEnglish {}
enum AdminJapanese {}

/// `key`'s message in the current language, with `arguments` for `{0}`, `{1}`….
func tr(_ key: String, _ arguments: any Sendable...) -> String {
    AdminMessages.all.text(key, arguments)
}

/// The message for `count` things (`key.one` / `key.other`); `{0}` is the count.
func trPlural(_ key: String, _ count: Int, _ more: any Sendable...) -> String {
    AdminMessages.all.plural(key, count, more)
}

/// The messages, for tests that check the tables.
public enum AdminMessageTables {
    public static var messages: Messages { AdminMessages.all }
}
