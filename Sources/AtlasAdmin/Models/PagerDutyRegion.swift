/// The PagerDuty account's region (PagerDuty uses US when none is given).
///
/// A struct rather than an enum so that a region Atlas adds later still
/// decodes, shows and can be sent back unchanged.
public struct PagerDutyRegion: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let us = PagerDutyRegion(rawValue: "US")
    public static let eu = PagerDutyRegion(rawValue: "EU")

    /// The regions Atlas documents, in the order a picker offers them.
    public static let known: [PagerDutyRegion] = [.us, .eu]

    /// Whether this build knows the region (an unknown one is kept, not refused).
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
