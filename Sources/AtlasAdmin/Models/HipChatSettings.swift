/// What a HipChat integration body holds.
///
/// Atlas refuses HipChat for Atlas projects (`HIPCHAT_NOT_SUPPORTED`); this
/// exists so the kind has the same shape as the others.
public struct HipChatSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.hipChat

    public var notificationToken: SecretValue
    public var roomName: String

    public init(notificationToken: SecretValue, roomName: String) {
        self.notificationToken = notificationToken
        self.roomName = roomName
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("notificationToken", .secret(notificationToken)),
            ("roomName", .text(roomName)),
        ])
    }
}
