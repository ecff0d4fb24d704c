extension AtlasClient {
    /// Every organization the credentials can see, optionally only those whose
    /// name starts with `nameFilter` (case-insensitive).
    public func listOrganizations(nameFilter: String? = nil) async throws(AtlasError) -> [Organization] {
        let filter = nameFilter.flatMap { $0.isEmpty ? nil : $0 }
        let query = filter.map { [("name", $0)] } ?? []
        let organizations: [Organization] = try await allPages(["orgs"], query: query, id: \.id)
        return organizations.filter { Self.matches($0.name, prefix: filter) }
    }

    /// One organization by id.
    public func organization(id: String) async throws(AtlasError) -> Organization {
        try AtlasID.check(id, field: "orgID", noun: "organization")
        return try await get(Organization.self, ["orgs", id])
    }
}
