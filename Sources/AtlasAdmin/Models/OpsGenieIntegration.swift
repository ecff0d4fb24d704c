/// A configured Opsgenie integration as Atlas returns it.
public struct OpsGenieIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.opsGenie

    public var id: String?
    /// The API key, masked by Atlas.
    public var apiKey: MaskedSecret?
    public var region: OpsGenieRegion?

    public init(id: String? = nil, apiKey: MaskedSecret?, region: OpsGenieRegion?) {
        self.id = id
        self.apiKey = apiKey
        self.region = region
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            apiKey: integration.masked("apiKey"),
            region: integration.text("region").map(OpsGenieRegion.init(rawValue:))
        )
    }
}
