import AtlasAdmin

/// What a running request was for, so its result lands in the right place
/// (and is dropped when that place is gone).
enum PendingRequest: Sendable, Hashable {
    case demo
    case organizations
    case projects(organizationID: String)
    case project(projectID: String)
    case integrations(projectID: String)
    case save(projectID: String, type: IntegrationType)
    case delete(projectID: String, type: IntegrationType)
    case editor(field: String)
}
