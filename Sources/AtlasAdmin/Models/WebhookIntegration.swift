/// A configured webhook integration as Atlas returns it.
///
/// Atlas masks the URL (`https://example.com/****2101`), the secret and both
/// templates, so every one of them is a `MaskedSecret` here.
public struct WebhookIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.webhook

    public var id: String?
    public var url: MaskedSecret?
    public var secret: MaskedSecret?
    /// `nil` when no template is set (Atlas then sends its default payload).
    public var bodyTemplate: MaskedSecret?
    public var headersTemplate: MaskedSecret?

    public init(
        id: String? = nil, url: MaskedSecret?, secret: MaskedSecret? = nil,
        bodyTemplate: MaskedSecret? = nil, headersTemplate: MaskedSecret? = nil
    ) {
        self.id = id
        self.url = url
        self.secret = secret
        self.bodyTemplate = bodyTemplate
        self.headersTemplate = headersTemplate
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            url: integration.masked("url"),
            secret: integration.masked("secret"),
            bodyTemplate: integration.masked("bodyTemplate"),
            headersTemplate: integration.masked("headersTemplate")
        )
    }
}
