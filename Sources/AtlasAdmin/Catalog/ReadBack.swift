import Foundation

/// How Atlas returns a field on a read: the masking rules of the reference,
/// as recorded from real Atlas responses.
public enum ReadBack: Sendable, Hashable {
    /// As it was written (regions, toggles, Prometheus's user name).
    case clear
    /// Every character but the last four turned into `*`, length kept
    /// (`****************************0022`).
    case maskedWhole
    /// Scheme and host kept, the rest `/****` plus the last four characters
    /// (`https://example.com/****2101`).
    case maskedURL
    /// Never returned at all (Prometheus's password).
    case writeOnly

    /// Whether a read returns a masked copy instead of the value.
    public var isMasked: Bool { self == .maskedWhole || self == .maskedURL }

    /// Whether a read never shows the value: masked or write-only. Such a
    /// value must be typed again to be kept, and is kept out of messages.
    public var hidesValue: Bool { self != .clear }

    /// What a read returns for `value` written to a field of this kind
    /// (nil: nothing is returned).
    public func readBack(of value: String) -> String? {
        switch self {
        case .clear: return value
        case .writeOnly: return nil
        case .maskedWhole:
            let kept = Swift.min(4, value.count)
            return String(repeating: "*", count: value.count - kept) + value.suffix(kept)
        case .maskedURL:
            guard let components = URLComponents(string: value), let scheme = components.scheme,
                  let host = components.host, !host.isEmpty else { return ReadBack.maskedWhole.readBack(of: value) }
            let port = components.port.map { ":\($0)" } ?? ""
            return "\(scheme)://\(host)\(port)/****" + value.suffix(4)
        }
    }
}

/// The one definition of "looks like what Atlas masked": the guard that
/// keeps a copied masked value out of every request, the decoder and the
/// form all ask this.
public enum MaskedShape {
    /// Whether `text` (spaces around it ignored) has a shape Atlas gives a
    /// masked value: only `*`; `*`s and at most four other characters
    /// (`****0022`); or a URL whose path is `*`s and at most four other
    /// characters (`https://example.com/****2101`). Real keys, URLs and
    /// templates never look like that; a `*` inside a value does not count.
    public static func matches(_ text: String) -> Bool {
        let value = Substring(text).trimmingSpaces
        guard !value.isEmpty else { return false }
        if isStarsThenTail(value) { return true }
        guard let schemeEnd = value.range(of: "://") else { return false }
        let scheme = value[..<schemeEnd.lowerBound]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return false }
        let afterScheme = value[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/"), slash > afterScheme.startIndex else { return false }
        return isStarsThenTail(afterScheme[afterScheme.index(after: slash)...])
    }

    /// `*`s (at least one), then at most four characters that are not `*`
    /// (the last four of the value, which may be `/def`).
    private static func isStarsThenTail(_ text: Substring) -> Bool {
        let stars = text.prefix { $0 == "*" }
        guard !stars.isEmpty else { return false }
        let tail = text.dropFirst(stars.count)
        return tail.count <= 4 && !tail.contains("*")
    }

    /// What a field says when such a value is typed or pasted into it.
    public static func refusal(of noun: String) -> String {
        tr("checks.masked.refusal", noun)
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
