import Foundation

/// A check on a field's text, as a value: forms list them in their specs, and
/// `message(for:)` says what is wrong in words the operator can act on.
public enum Validator: Sendable, Hashable {
    /// Not empty (spaces alone count as empty).
    case required
    /// Exactly `length` hexadecimal digits (Datadog and PagerDuty keys).
    case hexadecimal(length: Int)
    /// An absolute `http://` or `https://` URL with a host (`HTTPURLCheck`).
    case httpURL
    /// At most this many characters.
    case maxLength(Int)
    /// At least this many characters (when not empty).
    case minLength(Int)
    /// At most this many bytes of UTF-8 (Atlas's template limits).
    case maxBytes(Int)

    /// What is wrong with `value`, or nil when it passes. Apart from
    /// `.required`, an empty value passes: emptiness is `.required`'s job.
    public func message(for value: String) -> String? {
        switch self {
        case .required:
            return value.allSatisfy(\.isWhitespace) ? "Required." : nil
        case .hexadecimal(let length):
            guard !value.isEmpty else { return nil }
            let isHex = value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
            if !isHex {
                // Say where, never what: the value is usually a secret.
                let bad = value.firstIndex { !$0.isHexDigit }
                    .map { "; character \(value.distance(from: value.startIndex, to: $0) + 1) is not" } ?? " (0-9, a-f)"
                return "Must be \(length) hexadecimal digits\(bad)."
            }
            if value.count != length { return "Must be \(length) hexadecimal digits; this has \(value.count)." }
            return nil
        case .httpURL:
            guard !value.isEmpty else { return nil }
            switch HTTPURLCheck.check(value) {
            case .success: return nil
            case .failure(.containsWhitespace): return "A URL cannot contain spaces."
            case .failure(.notHTTP): return "Must start with https:// (or http://)."
            case .failure(.noHost): return "The URL needs a host name."
            }
        case .maxLength(let limit):
            return value.count > limit ? "At most \(limit) characters; this has \(value.count)." : nil
        case .minLength(let limit):
            return !value.isEmpty && value.count < limit ? "At least \(limit) characters." : nil
        case .maxBytes(let limit):
            let bytes = value.utf8.count
            return bytes > limit ? "At most \(Self.size(limit)) (Atlas ignores longer); this is \(Self.size(bytes))." : nil
        }
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1024 && bytes % 1024 == 0 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }
}
