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

    public var isEmpty: Bool { clearText.isEmpty }

    public var description: String { "<secret: \(clearText.count) characters>" }
    public var debugDescription: String { description }
}
