/// A secret the operator typed (or the configuration supplied) in clear.
///
/// Its `description` never shows the value, so interpolating it into a log
/// line or an error message cannot leak it; only request encoding reads
/// `clearText`.
public struct SecretValue: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public let clearText: String

    public init(_ clearText: String) {
        self.clearText = clearText
    }

    /// Whether the text looks like a value Atlas masked: such a value was almost
    /// certainly copied from a read and must not be sent.
    ///
    /// Atlas masks by turning every character but the last four into `*`
    /// (`****…0022`) or a URL's path into `****` plus four characters, so a
    /// masked value starts with `*` or holds a run of three. A lone `*` inside
    /// a webhook secret or template does not count.
    public var looksMasked: Bool { clearText.hasPrefix("*") || clearText.contains("***") }

    public var isEmpty: Bool { clearText.isEmpty }

    public var description: String { "<secret: \(clearText.count) characters>" }
    public var debugDescription: String { description }
}
