import Foundation

/// How Atlas redacts secrets in responses, reproduced from recorded bodies.
///
/// A secret keeps its length and all but its last four characters become
/// `*` (`****************************0022` for a 32-character PagerDuty key).
/// A URL keeps its scheme and host and becomes `/****` plus the last four
/// characters of the whole URL (`https://example.com/****2101`).
enum Masking {
    /// How one field is shown when read back.
    enum Style: Sendable {
        /// Returned as stored.
        case clear
        /// All but the last four characters replaced by `*`.
        case tail
        /// Scheme and host kept; the rest becomes `/****` + last four.
        case url
        /// Never returned (`writeOnly`), e.g. the Prometheus password.
        case writeOnly
    }

    static func tail(_ secret: String) -> String {
        let characters = Array(secret)
        let kept = min(4, characters.count)
        return String(repeating: "*", count: characters.count - kept) + String(characters.suffix(kept))
    }

    static func url(_ url: String) -> String {
        let last = String(url.suffix(4))
        guard let components = URLComponents(string: url), let scheme = components.scheme,
              let host = components.host, !host.isEmpty else {
            return tail(url)
        }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)/****\(last)"
    }

    /// Whether `value` looks like something a read returned (contains `*`).
    static func looksRedacted(_ value: String) -> Bool {
        value.contains("*")
    }
}
