import Foundation

/// The one check of a URL the product takes: an absolute `http://` or
/// `https://` URL with a host and no white space in it.
///
/// Form fields of kind `.url` (`Validator.httpURL`) and every base URL, from
/// `--base-url`, the environment or `config.toml`
/// (`ConfigurationResolver.baseURL`), are held to it; the sandbox keeps its
/// own copy as the independent peer, and a test compares the two.
public enum HTTPURLCheck {
    /// Why a text is not such a URL.
    public enum Problem: Error, Sendable, Hashable {
        case containsWhitespace
        case notHTTP
        case noHost

        /// What a field says about such a text, in the operator's language.
        public var message: String {
            switch self {
            case .containsWhitespace: tr("checks.url.whitespace")
            case .notHTTP: tr("checks.url.notHTTP")
            case .noHost: tr("checks.url.noHost")
            }
        }
    }

    /// The URL's parts, or why `text` is not an http(s) URL with a host.
    public static func check(_ text: String) -> Result<URLComponents, Problem> {
        if text.contains(where: \.isWhitespace) { return .failure(.containsWhitespace) }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https"
        else { return .failure(.notHTTP) }
        guard let host = components.host, !host.isEmpty else { return .failure(.noHost) }
        return .success(components)
    }

    /// Whether `text` passes `check`.
    public static func isValid(_ text: String) -> Bool {
        if case .success = check(text) { return true }
        return false
    }
}
