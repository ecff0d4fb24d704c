/// A configured PagerDuty integration as Atlas returns it.
public struct PagerDutyIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.pagerDuty

    public var id: String?
    /// The service key, masked by Atlas (`****…0022`).
    public var serviceKey: MaskedSecret?
    public var region: PagerDutyRegion?

    public init(id: String? = nil, serviceKey: MaskedSecret?, region: PagerDutyRegion?) {
        self.id = id
        self.serviceKey = serviceKey
        self.region = region
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            serviceKey: integration.masked("serviceKey"),
            region: integration.text("region").map(PagerDutyRegion.init(rawValue:))
        )
    }
}
