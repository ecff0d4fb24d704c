/// What the operator sends to create or replace a Prometheus integration.
public struct PrometheusSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.prometheus

    /// The user Prometheus authenticates with when it scrapes Atlas.
    public var username: String
    /// Write-only: Atlas never returns it, so it is always re-entered.
    public var password: SecretValue
    public var serviceDiscovery: PrometheusServiceDiscovery
    public var enabled: Bool
    public var sendUserProvidedResourceTagsEnabled: Bool

    public init(
        username: String, password: SecretValue, serviceDiscovery: PrometheusServiceDiscovery = .http,
        enabled: Bool = true, sendUserProvidedResourceTagsEnabled: Bool = false
    ) {
        self.username = username
        self.password = password
        self.serviceDiscovery = serviceDiscovery
        self.enabled = enabled
        self.sendUserProvidedResourceTagsEnabled = sendUserProvidedResourceTagsEnabled
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("username", .text(username)),
            ("password", .secret(password)),
            ("serviceDiscovery", .text(serviceDiscovery.rawValue)),
            ("enabled", .bool(enabled)),
            ("sendUserProvidedResourceTagsEnabled", .bool(sendUserProvidedResourceTagsEnabled)),
        ])
    }
}
