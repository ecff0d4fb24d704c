/// A HipChat integration as Atlas returns it.
///
/// Atlas documents the kind but refuses to create it for Atlas projects
/// (`HIPCHAT_NOT_SUPPORTED`); an old one can still be listed and deleted.
public struct HipChatIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.hipChat

    public var id: String?
    public var notificationToken: MaskedSecret?
    public var roomName: String?

    public init(id: String? = nil, notificationToken: MaskedSecret?, roomName: String?) {
        self.id = id
        self.notificationToken = notificationToken
        self.roomName = roomName
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            notificationToken: integration.masked("notificationToken"),
            roomName: integration.text("roomName")
        )
    }
}
