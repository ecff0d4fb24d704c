/// A configured Slack integration as Atlas returns it.
///
/// Slack is set up through OAuth2 in the Atlas UI; the API can list it,
/// change its channel and delete it.
public struct SlackIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.slack

    public var id: String?
    /// The OAuth token, masked by Atlas.
    public var apiToken: MaskedSecret?
    public var channelName: String?
    /// Only set for a legacy (pre-OAuth2) integration.
    public var teamName: String?

    public init(id: String? = nil, apiToken: MaskedSecret?, channelName: String?, teamName: String? = nil) {
        self.id = id
        self.apiToken = apiToken
        self.channelName = channelName
        self.teamName = teamName
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            apiToken: integration.masked("apiToken"),
            channelName: integration.text("channelName"),
            teamName: integration.text("teamName")
        )
    }
}
