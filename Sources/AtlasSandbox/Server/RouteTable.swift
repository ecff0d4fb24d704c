/// Every endpoint the sandbox serves, in one table.
enum RouteTable {
    static let router = Router(routes: [
        Route("GET", "/api/atlas/v2", SystemRoutes.status),
        Route("GET", "/api/atlas/v2/orgs", OrganizationRoutes.list),
        Route("GET", "/api/atlas/v2/orgs/{orgId}", OrganizationRoutes.get),
        Route("GET", "/api/atlas/v2/orgs/{orgId}/groups", OrganizationRoutes.projects),
        Route("GET", "/api/atlas/v2/groups", ProjectRoutes.list),
        Route("GET", "/api/atlas/v2/groups/byName/{groupName}", ProjectRoutes.byName),
        Route("GET", "/api/atlas/v2/groups/{groupId}", ProjectRoutes.get),
        Route("GET", "/api/atlas/v2/groups/{groupId}/integrations", IntegrationRoutes.list),
        Route("GET", "/api/atlas/v2/groups/{groupId}/integrations/{integrationType}", IntegrationRoutes.get),
        Route("POST", "/api/atlas/v2/groups/{groupId}/integrations/{integrationType}", IntegrationRoutes.create),
        Route("PUT", "/api/atlas/v2/groups/{groupId}/integrations/{integrationType}", IntegrationRoutes.update),
        Route("DELETE", "/api/atlas/v2/groups/{groupId}/integrations/{integrationType}", IntegrationRoutes.delete),
        Route("GET", "/api/atlas/v2/groups/{groupId}/alertConfigs", AlertConfigRoutes.list),
        Route("POST", "/api/oauth/token", access: .oauth, OAuthRoutes.token),
        Route("POST", "/api/oauth/revoke", access: .oauth, OAuthRoutes.revoke),
    ])
}
