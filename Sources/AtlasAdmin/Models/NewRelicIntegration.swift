/// A configured New Relic integration as Atlas returns it.
///
/// New Relic ended the plugin this integration feeds in 2021; existing ones
/// can be listed and deleted, not created.
public struct NewRelicIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.newRelic

    public var id: String?
    public var accountId: String?
    public var licenseKey: MaskedSecret?
    public var readToken: MaskedSecret?
    public var writeToken: MaskedSecret?

    public init(
        id: String? = nil, accountId: String?, licenseKey: MaskedSecret?,
        readToken: MaskedSecret?, writeToken: MaskedSecret?
    ) {
        self.id = id
        self.accountId = accountId
        self.licenseKey = licenseKey
        self.readToken = readToken
        self.writeToken = writeToken
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            accountId: integration.text("accountId"),
            licenseKey: integration.masked("licenseKey"),
            readToken: integration.masked("readToken"),
            writeToken: integration.masked("writeToken")
        )
    }
}
