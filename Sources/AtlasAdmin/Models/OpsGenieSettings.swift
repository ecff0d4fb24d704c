/// What the operator sends to create or replace an Opsgenie integration.
public struct OpsGenieSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.opsGenie

    /// The Opsgenie API integration key (UUID-shaped).
    public var apiKey: SecretValue
    public var region: OpsGenieRegion

    public init(apiKey: SecretValue, region: OpsGenieRegion = .us) {
        self.apiKey = apiKey
        self.region = region
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("apiKey", .secret(apiKey)),
            ("region", .text(region.rawValue)),
        ])
    }
}
