/// A configured Microsoft Teams integration as Atlas returns it.
public struct MicrosoftTeamsIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.microsoftTeams

    public var id: String?
    /// `microsoftTeamsWebhookUrl`, partly masked by Atlas (`https://webhook.com/****`).
    public var webhookURL: MaskedSecret?

    public init(id: String? = nil, webhookURL: MaskedSecret?) {
        self.id = id
        self.webhookURL = webhookURL
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(id: integration.id, webhookURL: integration.masked("microsoftTeamsWebhookUrl"))
    }
}
