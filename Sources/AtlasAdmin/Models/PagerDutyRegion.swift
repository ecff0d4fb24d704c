/// The PagerDuty account's region (PagerDuty uses US when none is given).
///
/// A struct rather than an enum so that a region Atlas adds later still
/// decodes, shows and can be sent back unchanged.
public struct PagerDutyRegion: OpenEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let us = PagerDutyRegion(rawValue: "US")
    public static let eu = PagerDutyRegion(rawValue: "EU")

    public static let known: [PagerDutyRegion] = [.us, .eu]
}
