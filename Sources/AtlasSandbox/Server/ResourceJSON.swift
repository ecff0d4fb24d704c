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
}
