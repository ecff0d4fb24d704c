/// A configured VictorOps (Splunk On-Call) integration as Atlas returns it.
public struct VictorOpsIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.victorOps

    public var id: String?
    /// The API key, masked by Atlas.
    public var apiKey: MaskedSecret?
    /// Not a secret: Atlas returns it in clear.
    public var routingKey: String?

    public init(id: String? = nil, apiKey: MaskedSecret?, routingKey: String?) {
        self.id = id
        self.apiKey = apiKey
        self.routingKey = routingKey
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(id: integration.id, apiKey: integration.masked("apiKey"), routingKey: integration.text("routingKey"))
    }
}
