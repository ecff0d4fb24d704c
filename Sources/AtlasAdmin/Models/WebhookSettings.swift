/// What the operator sends to create or replace a webhook integration.
///
/// The URL and the templates are secrets too: Atlas masks them on read, so
/// they must be re-entered on every replace.
public struct WebhookSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.webhook

    public var url: SecretValue
    /// Signs each delivery (`X-MMS-Signature`); omitted when `nil`.
    public var secret: SecretValue?
    /// A FreeMarker template that renders the JSON payload; omitted when `nil`.
    public var bodyTemplate: SecretValue?
    /// A FreeMarker template that renders a JSON object of headers; omitted when `nil`.
    public var headersTemplate: SecretValue?

    public init(
        url: SecretValue, secret: SecretValue? = nil,
        bodyTemplate: SecretValue? = nil, headersTemplate: SecretValue? = nil
    ) {
        self.url = url
        self.secret = secret
        self.bodyTemplate = bodyTemplate
        self.headersTemplate = headersTemplate
    }

    public var integrationSettings: IntegrationSettings {
        var fields: [(key: String, value: SettingValue)] = [("url", .secret(url))]
        if let secret { fields.append(("secret", .secret(secret))) }
        if let bodyTemplate { fields.append(("bodyTemplate", .secret(bodyTemplate))) }
        if let headersTemplate { fields.append(("headersTemplate", .secret(headersTemplate))) }
        return IntegrationSettings(type: Self.integrationType, fields: fields)
    }
}
