import AtlasAdmin

/// What a running request was for, so its result lands in the right place
/// (and is dropped when that place is gone).
enum PendingRequest: Sendable, Hashable {
    case demo
    case organizations
    case projects(organizationID: String)
    case project(projectID: String)
    case integrations(projectID: String)
    /// Projects' integrations for the matrix.
    case matrixRows(projectIDs: [String])
    case save(projectID: String, type: IntegrationType)
    case delete(projectID: String, type: IntegrationType)
    /// Which alert configurations a delete of `type` would silence.
    case alertUsage(projectID: String, type: IntegrationType)
    /// A sample delivery to a typed destination.
    case testDelivery
    /// The fresh read an apply's plan is made from.
    case applyPlan
    /// An apply's writes, running.
    case applyRun
    /// Reading an integration back after a write whose answer was lost.
    case checkWrite(projectID: String, type: IntegrationType, CheckedWrite)
    /// Reading back a write an earlier session left unanswered (its index
    /// in the notice).
    case checkLeftover(index: Int)
    case editor(field: String)
    /// Writing files: an export (from the menu or the matrix) or a scrape
    /// configuration; `what` names it in the banner.
    case writeFiles(what: String, from: Route)
}

/// The write a read-back checks, and what it would have left in Atlas.
enum CheckedWrite: Sendable, Hashable {
    case save(expected: [String: WriteReadBack.Expected], isUpdate: Bool)
    case delete
}
