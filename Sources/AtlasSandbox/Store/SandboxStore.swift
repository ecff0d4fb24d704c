/// The sandbox's data with the indexes that keep every request cheap.
///
/// Listing a page touches only that page's projects (no scan) unless a name
/// filter is given, so a `large:20000` seed pages as fast as the demo one.
/// The store is a plain value; `AtlasSandboxServer` guards it with a lock.
struct SandboxStore: Sendable {
    private(set) var state: SandboxState
    private var organizationIndex: [String: Int] = [:]
    private var projectIndex: [String: Int] = [:]
    private var projectsByOrganization: [String: [Int]] = [:]
    private var projectByName: [String: Int] = [:]
    private var lowercasedNames: [String] = []

    init(state: SandboxState) {
        self.state = state
        for (index, organization) in state.organizations.enumerated() {
            organizationIndex[organization.id] = index
        }
        lowercasedNames.reserveCapacity(state.projects.count)
        for (index, project) in state.projects.enumerated() {
            projectIndex[project.id] = index
            projectsByOrganization[project.orgId, default: []].append(index)
            if projectByName[project.name] == nil { projectByName[project.name] = index }
            lowercasedNames.append(project.name.lowercased())
        }
    }

    // MARK: Organizations

    /// Organizations whose name starts with `prefix`, ignoring case.
    func organizations(namePrefix prefix: String?) -> [Organization] {
        guard let prefix = prefix?.lowercased(), !prefix.isEmpty else { return state.organizations }
        return state.organizations.filter { $0.name.lowercased().hasPrefix(prefix) }
    }

    func organization(id: String) -> Organization? {
        organizationIndex[id].map { state.organizations[$0] }
    }

    // MARK: Projects

    /// One page of projects, optionally within one organization and filtered
    /// by a case-insensitive name prefix, with the number of matches.
    func projects(organization: String?, namePrefix: String?, page: PageRequest) -> (items: [Project], total: Int) {
        let candidates: [Int]? = organization.map { projectsByOrganization[$0] ?? [] }
        if let prefix = namePrefix?.lowercased(), !prefix.isEmpty {
            let matches = (candidates ?? Array(state.projects.indices)).filter { lowercasedNames[$0].hasPrefix(prefix) }
            return (page.slice(matches).map { state.projects[$0] }, matches.count)
        }
        if let candidates {
            return (page.slice(candidates).map { state.projects[$0] }, candidates.count)
        }
        return (Array(page.slice(state.projects)), state.projects.count)
    }

    func project(id: String) -> Project? {
        projectIndex[id].map { state.projects[$0] }
    }

    func project(named name: String) -> Project? {
        projectByName[name].map { state.projects[$0] }
    }

    // MARK: Integrations

    /// The project's integrations in Atlas's listing order.
    func integrations(project: String) -> [StoredIntegration] {
        (state.integrations[project] ?? []).sorted { $0.type < $1.type }
    }

    func integration(project: String, type: IntegrationType) -> StoredIntegration? {
        state.integrations[project]?.first { $0.type == type }
    }

    /// Adds or replaces the project's integration of the same type.
    mutating func save(_ integration: StoredIntegration, project: String) {
        var list = state.integrations[project] ?? []
        if let index = list.firstIndex(where: { $0.type == integration.type }) {
            list[index] = integration
        } else {
            list.append(integration)
        }
        state.integrations[project] = list
    }

    /// Removes the project's integration of `type`; false if there was none.
    @discardableResult
    func alertConfigs(project: String) -> [StoredAlertConfig] {
        state.alertConfigs[project] ?? []
    }

    mutating func remove(type: IntegrationType, project: String) -> Bool {
        guard var list = state.integrations[project],
              let index = list.firstIndex(where: { $0.type == type }) else { return false }
        list.remove(at: index)
        state.integrations[project] = list.isEmpty ? nil : list
        return true
    }
}
