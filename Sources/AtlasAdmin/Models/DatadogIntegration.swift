/// A configured Datadog integration as Atlas returns it.
public struct DatadogIntegration: IntegrationModel {
    public static let integrationType = IntegrationType.datadog

    public var id: String?
    /// The API key, masked by Atlas (`****…a23c`).
    public var apiKey: MaskedSecret?
    public var region: DatadogRegion?
    public var sendCollectionLatencyMetrics: Bool
    public var sendDatabaseMetrics: Bool
    public var sendQueryStatsMetrics: Bool
    public var sendUserProvidedResourceTags: Bool
    /// Not in Atlas's schema, but present (as `null`) in real responses.
    public var customEndpoint: String?

    public init(
        id: String? = nil, apiKey: MaskedSecret?, region: DatadogRegion?,
        sendCollectionLatencyMetrics: Bool = false, sendDatabaseMetrics: Bool = false,
        sendQueryStatsMetrics: Bool = false, sendUserProvidedResourceTags: Bool = false,
        customEndpoint: String? = nil
    ) {
        self.id = id
        self.apiKey = apiKey
        self.region = region
        self.sendCollectionLatencyMetrics = sendCollectionLatencyMetrics
        self.sendDatabaseMetrics = sendDatabaseMetrics
        self.sendQueryStatsMetrics = sendQueryStatsMetrics
        self.sendUserProvidedResourceTags = sendUserProvidedResourceTags
        self.customEndpoint = customEndpoint
    }

    public init?(_ integration: Integration) {
        guard integration.type == Self.integrationType else { return nil }
        self.init(
            id: integration.id,
            apiKey: integration.masked("apiKey"),
            region: integration.text("region").map(DatadogRegion.init(rawValue:)),
            sendCollectionLatencyMetrics: integration.bool("sendCollectionLatencyMetrics") ?? false,
            sendDatabaseMetrics: integration.bool("sendDatabaseMetrics") ?? false,
            sendQueryStatsMetrics: integration.bool("sendQueryStatsMetrics") ?? false,
            sendUserProvidedResourceTags: integration.bool("sendUserProvidedResourceTags") ?? false,
            customEndpoint: integration.text("customEndpoint")
        )
    }
}
