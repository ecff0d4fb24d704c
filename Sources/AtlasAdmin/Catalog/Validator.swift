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

    /// What is wrong with `value`, in the operator's language, or nil when
    /// it passes (numbers as written before: `1024`, not grouped). Apart from
    /// `.required`, an empty value passes: emptiness is `.required`'s job.
    public func message(for value: String) -> String? {
        switch self {
        case .required:
            return value.allSatisfy(\.isWhitespace) ? tr("checks.required") : nil
        case .hexadecimal(let length):
            guard !value.isEmpty else { return nil }
            let isHex = value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
            if !isHex {
                // Say where, never what: the value is usually a secret.
                if let bad = value.firstIndex(where: { !$0.isHexDigit }) {
                    return tr("checks.hex.badCharacter", String(length), String(value.distance(from: value.startIndex, to: bad) + 1))
                }
                return tr("checks.hex.digits", String(length))
            }
            if value.count != length { return tr("checks.hex.length", String(length), String(value.count)) }
            return nil
        case .httpURL:
            guard !value.isEmpty else { return nil }
            switch HTTPURLCheck.check(value) {
            case .success: return nil
            case .failure(let problem): return problem.message
            }
        case .maxLength(let limit):
            return value.count > limit ? tr("checks.maxLength", String(limit), String(value.count)) : nil
        case .minLength(let limit):
            return !value.isEmpty && value.count < limit ? tr("checks.minLength", String(limit)) : nil
        case .maxBytes(let limit):
            let bytes = value.utf8.count
            return bytes > limit ? tr("checks.maxBytes", Self.size(limit), Self.size(bytes)) : nil
        }
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1024 && bytes % 1024 == 0 ? tr("checks.size.kilobytes", String(bytes / 1024)) : tr("checks.size.bytes", String(bytes))
    }
}
