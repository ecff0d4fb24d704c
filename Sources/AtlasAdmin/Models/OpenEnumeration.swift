/// A string-valued choice Atlas documents a fixed list for, but may extend
/// (regions, service discovery): a value this build does not know still
/// decodes, shows and can be sent back unchanged, instead of failing.
public protocol OpenEnumeration: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
    /// The values Atlas documents, in the order a picker offers them.
    static var known: [Self] { get }
}

extension OpenEnumeration {
    /// Whether this build knows the value (an unknown one is kept, not refused).
    public var isKnown: Bool { Self.known.contains(self) }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
