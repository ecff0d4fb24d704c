/// A secret as Atlas returns it on read: `****************************0022`,
/// or a URL such as `https://example.com/****2101`.
///
/// It exists for display only. It is deliberately not `Encodable` and there is
/// no way to turn it into a `SecretValue`, so a masked value can never be put
/// into a request body: Atlas rejects that with `INVALID_INTEGRATION_SETTINGS`,
/// and worse, a client that did it would overwrite a working key.
public struct MaskedSecret: Sendable, Hashable, CustomStringConvertible {
    /// The text exactly as Atlas sent it.
    public let masked: String

    public init(masked: String) {
        self.masked = masked
    }

    /// The characters Atlas left visible at the end (normally four), which
    /// let an operator tell whether a key they hold is the one configured.
    public var visibleTail: String {
        String(masked.reversed().prefix { $0 != "*" }.reversed())
    }

    /// A short form for lists: `****0022`.
    public var short: String {
        let tail = visibleTail
        return tail.isEmpty ? "****" : "****" + String(tail.suffix(4))
    }

    /// Whether a value typed by the operator ends like this one.
    public func tailMatches(_ candidate: SecretValue) -> Bool {
        let tail = String(visibleTail.suffix(4))
        return !tail.isEmpty && candidate.clearText.hasSuffix(tail)
    }

    public var description: String { masked }
}
