/// `GET /groups/{groupId}/alertConfigs`: a project's alert configurations,
/// paged like every Atlas list.
enum AlertConfigRoutes {
    @Sendable
    static func list(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try ProjectRoutes.resolve(context.parameter("groupId"), core)
        let page = try PageRequest(query: context.query)
        let all = try core.read { store throws(ApiFailure) in store.alertConfigs(project: project.id) }
        let results = page.slice(all).map {
            ResourceJSON.alertConfig($0, projectID: project.id, baseURL: context.baseURL)
        }
        return .api(PageBody.make(results, total: all.count, page: page, context: context))
    }
}
