/// How Prometheus finds the Atlas scrape targets: Atlas's HTTP discovery
/// endpoint or a file the operator maintains (Atlas spells both lower-case).
///
/// A struct rather than an enum so that a value Atlas adds later still
/// decodes, shows and can be sent back unchanged.
public struct PrometheusServiceDiscovery: OpenEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let http = PrometheusServiceDiscovery(rawValue: "http")
    public static let file = PrometheusServiceDiscovery(rawValue: "file")

    /// The values Atlas documents, in the order a picker offers them.
    public static let known: [PrometheusServiceDiscovery] = [.http, .file]
}
