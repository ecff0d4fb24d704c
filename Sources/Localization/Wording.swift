import Synchronization

/// Which language text is made in, for the code that makes it.
///
/// The program sets the process's language once, at start, before any
/// text is made. Code that renders in another language for a while (tests
/// render every screen in both, in parallel) binds `override` for its task
/// instead, so two languages never leak into each other.
///
/// Text is made when a value is built (a key binding's help, a banner), so
/// nothing localized may be kept in a `static let`: it would keep the
/// language of whoever touched it first.
public enum Wording {
    @TaskLocal public static var override: Language?

    private static let processLanguage = Mutex(Language.english)

    /// The language text is made in now.
    public static var language: Language {
        override ?? processLanguage.withLock { $0 }
    }

    /// Sets the language of the whole process (the program, at start).
    public static func setProcessLanguage(_ language: Language) {
        processLanguage.withLock { $0 = language }
    }

    /// Runs `body` with text made in `language`.
    public static func inLanguage<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try $override.withValue(language, operation: body)
    }

    /// Runs `body` with text made in `language`.
    public static func inLanguage<T>(
        _ language: Language, isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T
    ) async rethrows -> T {
        try await $override.withValue(language, operation: body, isolation: isolation)
    }
}
