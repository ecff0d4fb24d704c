/// What the operator sends to change a Slack integration.
///
/// Atlas only accepts Slack set up through OAuth2 in its own UI; through the
/// API the channel can be changed, with the token Atlas issued re-entered.
public struct SlackSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.slack

    public var apiToken: SecretValue
    public var channelName: String
    /// Only for a legacy (pre-OAuth2) integration.
    public var teamName: String?

    public init(apiToken: SecretValue, channelName: String, teamName: String? = nil) {
        self.apiToken = apiToken
        self.channelName = channelName
        self.teamName = teamName
    }

    public var integrationSettings: IntegrationSettings {
        var fields: [(key: String, value: SettingValue)] = [
            ("apiToken", .secret(apiToken)),
            ("channelName", .text(channelName)),
        ]
        if let teamName { fields.append(("teamName", .text(teamName))) }
        return IntegrationSettings(type: Self.integrationType, fields: fields)
    }
}
