/// What the operator sends to create or replace a VictorOps (Splunk On-Call)
/// integration.
public struct VictorOpsSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.victorOps

    public var apiKey: SecretValue
    /// Optional; omitted from the body when `nil`.
    public var routingKey: String?

    public init(apiKey: SecretValue, routingKey: String? = nil) {
        self.apiKey = apiKey
        self.routingKey = routingKey
    }

    public var integrationSettings: IntegrationSettings {
        var fields: [(key: String, value: SettingValue)] = [("apiKey", .secret(apiKey))]
        if let routingKey { fields.append(("routingKey", .text(routingKey))) }
        return IntegrationSettings(type: Self.integrationType, fields: fields)
    }
}
