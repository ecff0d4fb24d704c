/// One alert configuration of a project, as far as the sandbox models it:
/// the event, whether it is on, and the notifications it sends.
struct StoredAlertConfig: Sendable, Codable, Equatable {
    var id: String
    var eventTypeName: String
    var enabled: Bool
    var created: String
    /// Each notification's `typeName` (`PAGER_DUTY`, `EMAIL`, `GROUP`…), in order.
    var notifications: [String]
}
