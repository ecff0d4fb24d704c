/// How Prometheus finds the Atlas scrape targets: Atlas's HTTP discovery
/// endpoint or a file the operator maintains (Atlas spells both lower-case).
///
/// A struct rather than an enum so that a value Atlas adds later still
/// decodes, shows and can be sent back unchanged.
public struct PrometheusServiceDiscovery: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let http = PrometheusServiceDiscovery(rawValue: "http")
    public static let file = PrometheusServiceDiscovery(rawValue: "file")

    /// The values Atlas documents, in the order a picker offers them.
    public static let known: [PrometheusServiceDiscovery] = [.http, .file]

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
