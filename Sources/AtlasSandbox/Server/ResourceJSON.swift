/// The JSON shapes of organizations and projects (`AtlasOrganization`,
/// `Group`), property for property as Atlas returns them.
enum ResourceJSON {
    static func organization(_ organization: Organization, baseURL: String) -> JSONValue {
        .object([
            "id": .string(organization.id),
            "isDeleted": .bool(organization.isDeleted),
            "links": PageBody.selfLinks("\(baseURL)/api/atlas/v2/orgs/\(organization.id)"),
            "name": .string(organization.name),
            "skipDefaultAlertsSettings": .bool(organization.skipDefaultAlertsSettings),
        ])
    }

    static func project(_ project: Project, baseURL: String) -> JSONValue {
        .object([
            "clusterCount": .int(project.clusterCount),
            "created": .string(project.created),
            "id": .string(project.id),
            "links": PageBody.selfLinks("\(baseURL)/api/atlas/v2/groups/\(project.id)"),
            "name": .string(project.name),
            "orgId": .string(project.orgId),
            "tags": .array([]),
            "withDefaultAlertsSettings": .bool(project.withDefaultAlertsSettings),
        ])
    }

    /// An alert configuration (`GroupAlertsConfig`) with the members a
    /// client reads: event, state, matchers and notifications. Each
    /// notification carries the spec's delivery timing; no credentials.
    static func alertConfig(_ config: StoredAlertConfig, projectID: String, baseURL: String) -> JSONValue {
        .object([
            "created": .string(config.created),
            "enabled": .bool(config.enabled),
            "eventTypeName": .string(config.eventTypeName),
            "groupId": .string(projectID),
            "id": .string(config.id),
            "links": PageBody.selfLinks("\(baseURL)/api/atlas/v2/groups/\(projectID)/alertConfigs/\(config.id)"),
            "matchers": .array([]),
            "notifications": .array(config.notifications.map { typeName in
                .object([
                    "delayMin": .int(0),
                    "intervalMin": .int(60),
                    "typeName": .string(typeName),
                ])
            }),
            "updated": .string(config.created),
        ])
    }
}
