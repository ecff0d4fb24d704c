extension AtlasClient {
    /// Every project the credentials can see, or those of one organization;
    /// optionally only those whose name starts with `nameFilter` (ignoring case).
    ///
    /// Lists are read 500 at a time, the pages after the first in parallel
    /// once the total is known; `progress` hears about each page.
    public func listProjects(
        orgID: String? = nil, nameFilter: String? = nil, progress: ProgressHandler? = nil
    ) async throws(AtlasError) -> [Project] {
        let filter = nameFilter.flatMap { $0.isEmpty ? nil : $0 }
        let projects: [Project]
        if let orgID {
            try AtlasID.check(orgID, field: "orgID", noun: "organization")
            // Only the per-organization list takes Atlas's `name` prefix filter.
            let query = filter.map { [("name", $0)] } ?? []
            projects = try await allPages(["orgs", orgID, "groups"], query: query, id: \.id, progress: progress)
        } else {
            projects = try await allPages(["groups"], id: \.id, progress: progress)
        }
        return projects.filter { Self.matches($0.name, prefix: filter) }
    }

    /// One project by id.
    public func project(id: String) async throws(AtlasError) -> Project {
        try AtlasID.check(id, field: "projectID", noun: "project")
        return try await get(Project.self, ["groups", id])
    }

    /// One project by its exact name.
    public func project(named name: String) async throws(AtlasError) -> Project {
        try AtlasID.check(projectName: name)
        return try await get(Project.self, ["groups", "byName", name])
    }
}
