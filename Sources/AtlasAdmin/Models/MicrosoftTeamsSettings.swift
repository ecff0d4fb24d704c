/// What the operator sends to create or replace a Microsoft Teams integration.
public struct MicrosoftTeamsSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.microsoftTeams

    /// The incoming-webhook URL Teams issued (`microsoftTeamsWebhookUrl`).
    public var webhookURL: SecretValue

    public init(webhookURL: SecretValue) {
        self.webhookURL = webhookURL
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("microsoftTeamsWebhookUrl", .secret(webhookURL)),
        ])
    }
}
