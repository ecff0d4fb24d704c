/// An integration read from Atlas, as the typed view of its kind.
///
/// Switching on this is exhaustive over the ten documented kinds; a kind this
/// build does not know stays `.unknown` with everything Atlas sent.
public enum TypedIntegration: Sendable, Hashable {
    case pagerDuty(PagerDutyIntegration)
    case slack(SlackIntegration)
    case datadog(DatadogIntegration)
    case newRelic(NewRelicIntegration)
    case opsGenie(OpsGenieIntegration)
    case victorOps(VictorOpsIntegration)
    case webhook(WebhookIntegration)
    case hipChat(HipChatIntegration)
    case prometheus(PrometheusIntegration)
    case microsoftTeams(MicrosoftTeamsIntegration)
    case unknown(Integration)

    public init(_ integration: Integration) {
        switch integration.type {
        case .pagerDuty: self = PagerDutyIntegration(integration).map(Self.pagerDuty) ?? .unknown(integration)
        case .slack: self = SlackIntegration(integration).map(Self.slack) ?? .unknown(integration)
        case .datadog: self = DatadogIntegration(integration).map(Self.datadog) ?? .unknown(integration)
        case .newRelic: self = NewRelicIntegration(integration).map(Self.newRelic) ?? .unknown(integration)
        case .opsGenie: self = OpsGenieIntegration(integration).map(Self.opsGenie) ?? .unknown(integration)
        case .victorOps: self = VictorOpsIntegration(integration).map(Self.victorOps) ?? .unknown(integration)
        case .webhook: self = WebhookIntegration(integration).map(Self.webhook) ?? .unknown(integration)
        case .hipChat: self = HipChatIntegration(integration).map(Self.hipChat) ?? .unknown(integration)
        case .prometheus: self = PrometheusIntegration(integration).map(Self.prometheus) ?? .unknown(integration)
        case .microsoftTeams:
            self = MicrosoftTeamsIntegration(integration).map(Self.microsoftTeams) ?? .unknown(integration)
        case .unknown: self = .unknown(integration)
        }
    }

    public var type: IntegrationType {
        switch self {
        case .pagerDuty: .pagerDuty
        case .slack: .slack
        case .datadog: .datadog
        case .newRelic: .newRelic
        case .opsGenie: .opsGenie
        case .victorOps: .victorOps
        case .webhook: .webhook
        case .hipChat: .hipChat
        case .prometheus: .prometheus
        case .microsoftTeams: .microsoftTeams
        case .unknown(let integration): integration.type
        }
    }
}
