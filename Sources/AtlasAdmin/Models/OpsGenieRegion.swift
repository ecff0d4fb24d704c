/// The Opsgenie instance's region (Atlas defaults to US).
///
/// A struct rather than an enum so that a region Atlas adds later still
/// decodes, shows and can be sent back unchanged.
public struct OpsGenieRegion: OpenEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let us = OpsGenieRegion(rawValue: "US")
    public static let eu = OpsGenieRegion(rawValue: "EU")

    public static let known: [OpsGenieRegion] = [.us, .eu]
}
