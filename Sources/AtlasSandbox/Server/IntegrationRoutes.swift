/// The five Third-Party Integrations operations.
///
/// POST and PUT answer 200 with a page of *all* the project's integrations
/// (not the one written); DELETE answers 204 without a body.
enum IntegrationRoutes {
    @Sendable
    static func list(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try ProjectRoutes.resolve(context.parameter("groupId"), core)
        let page = try PageRequest(query: context.query)
        return .api(try listing(project.id, page: page, context: context, core: core))
    }

    @Sendable
    static func get(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try ProjectRoutes.resolve(context.parameter("groupId"), core)
        let type = try integrationType(context)
        guard let integration = try core.read({ store throws(ApiFailure) in
            store.integration(project: project.id, type: type)
        }) else {
            throw .integrationNotConfigured(type.rawValue)
        }
        return .api(IntegrationRenderer.render(integration))
    }

    @Sendable
    static func create(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try ProjectRoutes.resolve(context.parameter("groupId"), core)
        try requireWriter(context)
        let type = try integrationType(context)
        let page = try PageRequest(query: context.query)
        if type == .hipChat { throw .hipChatNotSupported }
        try core.write { store throws(ApiFailure) in
            if store.integration(project: project.id, type: type) != nil {
                throw .integrationAlreadyConfigured(type.rawValue)
            }
            let fields = try IntegrationValidator(type: type, existing: nil, isCreate: true).validate(context.body)
            store.save(StoredIntegration(id: ObjectId.make(), type: type, fields: fields), project: project.id)
        }
        return .api(try listing(project.id, page: page, context: context, core: core))
    }

    /// Replaces the type's settings, keeping its id; creates it when absent
    /// (the documented v1 upsert behaviour).
    @Sendable
    static func update(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try ProjectRoutes.resolve(context.parameter("groupId"), core)
        try requireWriter(context)
        let type = try integrationType(context)
        let page = try PageRequest(query: context.query)
        try core.write { store throws(ApiFailure) in
            let existing = store.integration(project: project.id, type: type)
            let fields = try IntegrationValidator(type: type, existing: existing, isCreate: false).validate(context.body)
            store.save(StoredIntegration(id: existing?.id ?? ObjectId.make(), type: type, fields: fields),
                       project: project.id)
        }
        return .api(try listing(project.id, page: page, context: context, core: core))
    }

    @Sendable
    static func delete(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let project = try ProjectRoutes.resolve(context.parameter("groupId"), core)
        try requireWriter(context)
        let type = try integrationType(context)
        try core.write { store throws(ApiFailure) in
            if type == .webhook, store.integration(project: project.id, type: type) != nil,
               store.alertConfigs(project: project.id).contains(where: { $0.notifications.contains(type.rawValue) }) {
                throw .webhookNotificationsPresent
            }
            guard store.remove(type: type, project: project.id) else { throw .integrationNotConfigured(type.rawValue) }
        }
        return .noContent
    }

    // MARK: Helpers

    private static func listing(_ projectID: String, page: PageRequest, context: RequestContext,
                                core: SandboxCore) throws(ApiFailure) -> JSONValue {
        let all = try core.read { store throws(ApiFailure) in store.integrations(project: projectID) }
        let results = page.slice(all).map(IntegrationRenderer.render)
        return PageBody.make(results, total: all.count, page: page, context: context)
    }

    private static func integrationType(_ context: RequestContext) throws(ApiFailure) -> IntegrationType {
        guard let type = IntegrationType(rawValue: context.parameter("integrationType")) else {
            throw .invalidPathParameter("integrationType")
        }
        return type
    }

    /// Read-only keys get Atlas's 401 `USER_UNAUTHORIZED` on writes.
    private static func requireWriter(_ context: RequestContext) throws(ApiFailure) {
        guard let principal = context.principal, !principal.readOnly else { throw .userUnauthorized }
    }
}
