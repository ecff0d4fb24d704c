/// A configured Prometheus integration as Atlas returns it.
///
/// The password is write-only: Atlas never returns it, so this view has none.
public struct PrometheusIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.prometheus

    public var id: String?
    /// The scrape user, returned in clear.
    public var username: String?
    public var serviceDiscovery: PrometheusServiceDiscovery?
    public var enabled: Bool
    public var sendUserProvidedResourceTagsEnabled: Bool

    public init(
        id: String? = nil, username: String?, serviceDiscovery: PrometheusServiceDiscovery?,
        enabled: Bool, sendUserProvidedResourceTagsEnabled: Bool = false
    ) {
        self.id = id
        self.username = username
        self.serviceDiscovery = serviceDiscovery
        self.enabled = enabled
        self.sendUserProvidedResourceTagsEnabled = sendUserProvidedResourceTagsEnabled
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            username: integration.text("username"),
            serviceDiscovery: integration.text("serviceDiscovery").map(PrometheusServiceDiscovery.init(rawValue:)),
            enabled: integration.bool("enabled") ?? false,
            sendUserProvidedResourceTagsEnabled: integration.bool("sendUserProvidedResourceTagsEnabled") ?? false
        )
    }
}
