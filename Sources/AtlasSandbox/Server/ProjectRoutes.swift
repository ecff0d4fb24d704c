/// `GET /groups`, `GET /groups/{groupId}`, `GET /groups/byName/{groupName}`.
enum ProjectRoutes {
    @Sendable
    static func list(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let page = try PageRequest(query: context.query)
        let (items, total) = try core.read { store throws(ApiFailure) in
            store.projects(organization: nil, namePrefix: nil, page: page)
        }
        let results = items.map { ResourceJSON.project($0, baseURL: context.baseURL) }
        return .api(PageBody.make(results, total: total, page: page, context: context))
    }

    @Sendable
    static func get(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try resolve(context.parameter("groupId"), core)
        return .api(ResourceJSON.project(project, baseURL: context.baseURL))
    }

    /// A missing name is 401 `NOT_IN_GROUP`, as Atlas answers (Atlas
    /// Kubernetes Operator asserts this for `getGroupByName`).
    @Sendable
    static func byName(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let name = context.parameter("groupName")
        guard (1...64).contains(name.count) else { throw .invalidPathParameter("groupName") }
        guard let project = try core.read({ store throws(ApiFailure) in store.project(named: name) }) else {
            throw .notInGroup
        }
        return .api(ResourceJSON.project(project, baseURL: context.baseURL))
    }

    /// The project for a `{groupId}`: a malformed id is 404
    /// `INVALID_GROUP_ID`; an unknown one 401 `NOT_IN_GROUP`, because Atlas
    /// does not tell "missing" from "not yours".
    static func resolve(_ id: String, _ core: SandboxCore) throws(ApiFailure) -> Project {
        guard ObjectId.isValid(id) else { throw .invalidGroupID(id) }
        guard let project = try core.read({ store throws(ApiFailure) in store.project(id: id) }) else {
            throw .notInGroup
        }
        return project
    }
}
