/// Everything the sandbox knows, in the shape written to a `--state` file.
///
/// Integrations are keyed by project id; each project holds at most one
/// integration per type, as Atlas enforces.
struct SandboxState: Sendable, Codable, Equatable {
    /// Bumped when the file layout changes incompatibly.
    static let currentFormat = 1

    var format = SandboxState.currentFormat
    var organizations: [Organization]
    var projects: [Project]
    var integrations: [String: [StoredIntegration]]
}
