/// What the operator sends to create or replace a Datadog integration.
public struct DatadogSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.datadog

    /// The 32-hex-digit Datadog API key.
    public var apiKey: SecretValue
    public var region: DatadogRegion
    public var sendCollectionLatencyMetrics: Bool
    public var sendDatabaseMetrics: Bool
    public var sendQueryStatsMetrics: Bool
    public var sendUserProvidedResourceTags: Bool

    public init(
        apiKey: SecretValue, region: DatadogRegion = .us,
        sendCollectionLatencyMetrics: Bool = false, sendDatabaseMetrics: Bool = false,
        sendQueryStatsMetrics: Bool = false, sendUserProvidedResourceTags: Bool = false
    ) {
        self.apiKey = apiKey
        self.region = region
        self.sendCollectionLatencyMetrics = sendCollectionLatencyMetrics
        self.sendDatabaseMetrics = sendDatabaseMetrics
        self.sendQueryStatsMetrics = sendQueryStatsMetrics
        self.sendUserProvidedResourceTags = sendUserProvidedResourceTags
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("apiKey", .secret(apiKey)),
            ("region", .text(region.rawValue)),
            ("sendCollectionLatencyMetrics", .bool(sendCollectionLatencyMetrics)),
            ("sendDatabaseMetrics", .bool(sendDatabaseMetrics)),
            ("sendQueryStatsMetrics", .bool(sendQueryStatsMetrics)),
            ("sendUserProvidedResourceTags", .bool(sendUserProvidedResourceTags)),
        ])
    }
}
