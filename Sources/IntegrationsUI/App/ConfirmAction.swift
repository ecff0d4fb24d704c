import AtlasAdmin

/// What a confirmation dialog does when the operator says yes.
enum ConfirmAction: Sendable, Hashable {
    case delete(projectID: String, type: IntegrationType)
    case quit
    /// Leave the form, dropping what was typed.
    case discardForm
}
