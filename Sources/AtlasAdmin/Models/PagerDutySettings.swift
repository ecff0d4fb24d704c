/// What the operator sends to create or replace a PagerDuty integration.
public struct PagerDutySettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.pagerDuty

    /// The 32-hex-digit integration key of the PagerDuty service.
    public var serviceKey: SecretValue
    public var region: PagerDutyRegion

    public init(serviceKey: SecretValue, region: PagerDutyRegion = .us) {
        self.serviceKey = serviceKey
        self.region = region
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("serviceKey", .secret(serviceKey)),
            ("region", .text(region.rawValue)),
        ])
    }
}
