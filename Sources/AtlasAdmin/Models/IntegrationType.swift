/// The kinds of third-party integration a project can have, one of each at most.
///
/// Atlas may add kinds; a type this build does not know is kept as
/// `.unknown(raw)` so it can still be listed and deleted, never a decode failure.
public enum IntegrationType: Hashable, Sendable, Comparable {
    case pagerDuty
    case slack
    case datadog
    case newRelic
    case opsGenie
    case victorOps
    case webhook
    case hipChat
    case prometheus
    case microsoftTeams
    case unknown(String)

    /// The ten kinds Atlas documents, in the order the product lists them.
    public static let known: [IntegrationType] = [
        .pagerDuty, .datadog, .opsGenie, .victorOps, .webhook, .microsoftTeams,
        .prometheus, .slack, .newRelic, .hipChat,
    ]

    /// The value Atlas uses in paths and in the body's `type` field.
    public var rawValue: String {
        switch self {
        case .pagerDuty: "PAGER_DUTY"
        case .slack: "SLACK"
        case .datadog: "DATADOG"
        case .newRelic: "NEW_RELIC"
        case .opsGenie: "OPS_GENIE"
        case .victorOps: "VICTOR_OPS"
        case .webhook: "WEBHOOK"
        case .hipChat: "HIP_CHAT"
        case .prometheus: "PROMETHEUS"
        case .microsoftTeams: "MICROSOFT_TEAMS"
        case .unknown(let raw): raw
        }
    }

    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// The name operators know the service by.
    public var displayName: String {
        switch self {
        case .pagerDuty: "PagerDuty"
        case .slack: "Slack"
        case .datadog: "Datadog"
        case .newRelic: "New Relic"
        case .opsGenie: "Opsgenie"
        case .victorOps: "VictorOps (Splunk On-Call)"
        case .webhook: "Webhook"
        case .hipChat: "HipChat"
        case .prometheus: "Prometheus"
        case .microsoftTeams: "Microsoft Teams"
        case .unknown(let raw): raw
        }
    }

    /// Whether Atlas lets this kind be created through the API at all.
    ///
    /// Slack needs OAuth2 in the Atlas UI, New Relic is end-of-life and HipChat
    /// is refused for Atlas projects; existing ones can still be listed and
    /// deleted.
    public var isCreatableThroughAPI: Bool {
        switch self {
        case .pagerDuty, .datadog, .opsGenie, .victorOps, .webhook, .microsoftTeams, .prometheus: true
        case .slack, .newRelic, .hipChat, .unknown: false
        }
    }

    public static func < (lhs: IntegrationType, rhs: IntegrationType) -> Bool {
        let order = { (type: IntegrationType) in known.firstIndex(of: type) ?? known.count }
        return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
    }
}

extension IntegrationType: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension IntegrationType: CustomStringConvertible {
    public var description: String { rawValue }
}
