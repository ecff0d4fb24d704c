/// The ten integration types of the Atlas `integrationType` enum.
///
/// The declaration order is the enum order of the spec, which is also the
/// order in which Atlas lists a project's integrations (the recorded list
/// puts PAGER_DUTY before DATADOG although DATADOG was created first).
enum IntegrationType: String, Sendable, Codable, CaseIterable, Comparable {
    case pagerDuty = "PAGER_DUTY"
    case slack = "SLACK"
    case datadog = "DATADOG"
    case newRelic = "NEW_RELIC"
    case opsGenie = "OPS_GENIE"
    case victorOps = "VICTOR_OPS"
    case webhook = "WEBHOOK"
    case hipChat = "HIP_CHAT"
    case prometheus = "PROMETHEUS"
    case microsoftTeams = "MICROSOFT_TEAMS"

    /// Position in the spec's enum, used to sort listings.
    var sortIndex: Int {
        Self.allCases.firstIndex(of: self) ?? Self.allCases.count
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }
}
