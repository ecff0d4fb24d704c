/// The Datadog site Atlas sends metrics to.
///
/// A struct rather than an enum so that a region Atlas adds later (it added
/// `US3`, `US5`, `AP1` and `US1_FED` over time) still decodes, shows and can be
/// sent back unchanged.
public struct DatadogRegion: OpenEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let us = DatadogRegion(rawValue: "US")
    public static let eu = DatadogRegion(rawValue: "EU")
    public static let us3 = DatadogRegion(rawValue: "US3")
    public static let us5 = DatadogRegion(rawValue: "US5")
    public static let ap1 = DatadogRegion(rawValue: "AP1")
    public static let us1Fed = DatadogRegion(rawValue: "US1_FED")

    public static let known: [DatadogRegion] = [.us, .eu, .us3, .us5, .ap1, .us1Fed]
}
