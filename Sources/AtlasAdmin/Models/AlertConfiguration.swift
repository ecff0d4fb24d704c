/// One of a project's alert configurations, as far as a delete needs it:
/// what it alerts on, whether it is on, and where it notifies.
public struct AlertConfiguration: Sendable, Hashable, Decodable, Identifiable {
    public var id: String
    /// The event it alerts on (`OUTSIDE_METRIC_THRESHOLD`, `HOST_DOWN`…).
    public var eventTypeName: String
    public var enabled: Bool
    /// The `typeName` of each of its notifications, in order
    /// (`PAGER_DUTY`, `EMAIL`, `WEBHOOK`…).
    public var notificationTypeNames: [String]

    public init(id: String, eventTypeName: String, enabled: Bool, notificationTypeNames: [String]) {
        self.id = id
        self.eventTypeName = eventTypeName
        self.enabled = enabled
        self.notificationTypeNames = notificationTypeNames
    }

    private enum CodingKeys: String, CodingKey { case id, eventTypeName, enabled, notifications }
    private enum NotificationKeys: String, CodingKey { case typeName }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        eventTypeName = try container.decodeIfPresent(String.self, forKey: .eventTypeName) ?? ""
        // Atlas leaves `enabled` out of some answers; the spec's default is false.
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled) ?? false
        var names: [String] = []
        if var notifications = try? container.nestedUnkeyedContainer(forKey: .notifications) {
            while !notifications.isAtEnd {
                let notification = try notifications.nestedContainer(keyedBy: NotificationKeys.self)
                names.append(try notification.decodeIfPresent(String.self, forKey: .typeName) ?? "")
            }
        }
        notificationTypeNames = names
    }

    /// Whether one of its notifications goes through the project's
    /// integration of `type`.
    public func notifies(through type: IntegrationType) -> Bool {
        guard let name = IntegrationCatalog.entry(for: type).alertNotificationTypeName else { return false }
        return notificationTypeNames.contains(name)
    }
}

/// What deleting an integration would silence: the alert configurations
/// that notify through it, or why none can.
public enum AlertUsage: Sendable, Hashable {
    /// The type is no alert destination (a metrics integration).
    case notAnAlertDestination
    /// These configurations notify through the type (possibly none).
    case notifying([AlertConfiguration])

    /// The usage of `type` among `configurations`.
    public init(of type: IntegrationType, in configurations: [AlertConfiguration]) {
        guard IntegrationCatalog.entry(for: type).alertNotificationTypeName != nil else {
            self = .notAnAlertDestination
            return
        }
        self = .notifying(configurations.filter { $0.notifies(through: type) })
    }
}
