/// `GET /orgs`, `GET /orgs/{orgId}`, `GET /orgs/{orgId}/groups`.
enum OrganizationRoutes {
    @Sendable
    static func list(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let page = try PageRequest(query: context.query)
        let name = context.query["name"]
        let all = try core.read { store throws(ApiFailure) in store.organizations(namePrefix: name) }
        let results = page.slice(all).map { ResourceJSON.organization($0, baseURL: context.baseURL) }
        return .api(PageBody.make(results, total: all.count, page: page, context: context,
                                  extraQuery: name.map { [("name", $0)] } ?? []))
    }

    @Sendable
    static func get(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let organization = try resolve(context.parameter("orgId"), core)
        return .api(ResourceJSON.organization(organization, baseURL: context.baseURL))
    }

    @Sendable
    static func projects(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let organization = try resolve(context.parameter("orgId"), core)
        let page = try PageRequest(query: context.query)
        let name = context.query["name"]
        let (items, total) = try core.read { store throws(ApiFailure) in
            store.projects(organization: organization.id, namePrefix: name, page: page)
        }
        let results = items.map { ResourceJSON.project($0, baseURL: context.baseURL) }
        return .api(PageBody.make(results, total: total, page: page, context: context,
                                  extraQuery: name.map { [("name", $0)] } ?? []))
    }

    private static func resolve(_ id: String, _ core: SandboxCore) throws(ApiFailure) -> Organization {
        guard ObjectId.isValid(id) else { throw .invalidOrgID(id) }
        guard let organization = try core.read({ store throws(ApiFailure) in store.organization(id: id) }) else {
            throw .orgNotFound(id)
        }
        return organization
    }
}
