/// Names one request the core asked for. Every result carries it back, so a
/// result for a request that was cancelled or superseded is recognised and
/// dropped instead of overwriting newer state.
public struct RequestID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) {
        self.value = value
    }

    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }
    public var description: String { "#\(value)" }
}
