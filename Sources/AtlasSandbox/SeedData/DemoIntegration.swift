/// An integration the demo seed configures, with its settings in clear so
/// tests can check what a read masks.
public struct DemoIntegration: Sendable, Equatable {
    public let id: String
    public let projectID: String
    /// The Atlas `integrationType` raw value, e.g. `PAGER_DUTY`.
    public let type: String
    /// String-valued settings as stored (secrets unmasked).
    public let settings: [String: String]
    /// Boolean-valued settings.
    public let flags: [String: Bool]
}
