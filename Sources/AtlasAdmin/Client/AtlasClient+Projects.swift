extension AtlasClient {
    /// Every project the credentials can see, or those of one organization;
    /// optionally only those whose name starts with `nameFilter` (ignoring case).
    ///
    /// Lists are read 500 at a time, the pages after the first in parallel
    /// once the total is known; `progress` hears about each page. `pages`
    /// receives the projects themselves while the rest load: in list order,
    /// each once, the same projects (and filter) as the list returned, so a
    /// picker can show the first 500 without waiting for 20,000.
    public func listProjects(
        orgID: String? = nil, nameFilter: String? = nil, progress: ProgressHandler? = nil,
        pages: PageHandler<Project>? = nil
    ) async throws(AtlasError) -> [Project] {
        let filter = nameFilter.flatMap { $0.isEmpty ? nil : $0 }
        var filtered: PageHandler<Project>?
        if let pages {
            filtered = { released, loaded, total in
                pages(released.filter { Self.matches($0.name, prefix: filter) }, loaded, total)
            }
        }
        let projects: [Project]
        if let orgID {
            try AtlasID.check(orgID, field: "orgID", noun: "organization")
            // Only the per-organization list takes Atlas's `name` prefix filter.
            let query = filter.map { [("name", $0)] } ?? []
            projects = try await allPages(
                ["orgs", orgID, "groups"], query: query, id: \.id, progress: progress, pages: filtered)
        } else {
            projects = try await allPages(["groups"], id: \.id, progress: progress, pages: filtered)
        }
        return projects.filter { Self.matches($0.name, prefix: filter) }
    }

    /// One organization's projects, only page by page to `pages` (in list
    /// order, each once), for a picker that holds them itself: the list is
    /// not kept a second time here. Returns how many there were.
    public func streamProjects(orgID: String, pages: @escaping PageHandler<Project>) async throws(AtlasError) -> Int {
        try AtlasID.check(orgID, field: "orgID", noun: "organization")
        return try await streamPages(["orgs", orgID, "groups"], id: \.id, pages: pages)
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
