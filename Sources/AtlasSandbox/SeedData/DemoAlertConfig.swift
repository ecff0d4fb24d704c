/// An alert configuration the demo seed holds, so a delete can show which
/// alerts would go quiet.
public struct DemoAlertConfig: Sendable, Equatable {
    public let id: String
    public let projectID: String
    public let eventTypeName: String
    public let enabled: Bool
    /// Each notification's `typeName`, in order.
    public let notifications: [String]
}
