/// Everything the sandbox knows, in the shape written to a `--state` file.
///
/// Integrations are keyed by project id; each project holds at most one
/// integration per type, as Atlas enforces.
struct SandboxState: Sendable, Codable, Equatable {
    /// Bumped when the file layout changes incompatibly.
    static let currentFormat = 1

    var format = SandboxState.currentFormat
    var organizations: [Organization]
    var projects: [Project]
    var integrations: [String: [StoredIntegration]]
    /// Alert configurations by project id.
    var alertConfigs: [String: [StoredAlertConfig]]

    init(organizations: [Organization], projects: [Project], integrations: [String: [StoredIntegration]],
         alertConfigs: [String: [StoredAlertConfig]] = [:]) {
        self.organizations = organizations
        self.projects = projects
        self.integrations = integrations
        self.alertConfigs = alertConfigs
    }

    private enum CodingKeys: String, CodingKey { case format, organizations, projects, integrations, alertConfigs }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        organizations = try container.decode([Organization].self, forKey: .organizations)
        projects = try container.decode([Project].self, forKey: .projects)
        integrations = try container.decode([String: [StoredIntegration]].self, forKey: .integrations)
        // State files written before alert configurations were served have none.
        alertConfigs = try container.decodeIfPresent([String: [StoredAlertConfig]].self, forKey: .alertConfigs) ?? [:]
    }
}
