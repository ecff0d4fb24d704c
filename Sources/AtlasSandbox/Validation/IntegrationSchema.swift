/// The per-type property table of `ThirdPartyIntegration` (spec §2.2).
enum IntegrationSchema {
    /// The properties of `type`, in no particular order.
    static func fields(for type: IntegrationType) -> [IntegrationField] {
        switch type {
        case .pagerDuty:
            [
                .init(name: "serviceKey", kind: .hexKey32(.invalidPagerDutyServiceKey), required: true, masking: .tail),
                .init(name: "region", kind: .enumeration(["US", "EU"]), defaultValue: .string("US")),
            ]
        case .slack:
            [
                .init(name: "apiToken", kind: .string(), required: true, masking: .tail),
                .init(name: "channelName", kind: .string(maxLength: 80), required: true, nullable: true),
                .init(name: "teamName", kind: .string()),
            ]
        case .datadog:
            [
                .init(name: "apiKey", kind: .hexKey32(.invalidDatadogAPIKey), required: true, masking: .tail),
                .init(name: "region", kind: .enumeration(["US", "EU", "US3", "US5", "AP1", "US1_FED"]),
                      defaultValue: .string("US")),
                .init(name: "sendCollectionLatencyMetrics", kind: .boolean, defaultValue: .bool(false)),
                .init(name: "sendDatabaseMetrics", kind: .boolean, defaultValue: .bool(false)),
                .init(name: "sendQueryStatsMetrics", kind: .boolean, defaultValue: .bool(false)),
                .init(name: "sendUserProvidedResourceTags", kind: .boolean, defaultValue: .bool(false)),
                .init(name: "customEndpoint", kind: .url, nullable: true, rendersNullWhenUnset: true),
            ]
        case .newRelic:
            [
                .init(name: "accountId", kind: .hex40, required: true),
                .init(name: "licenseKey", kind: .hex40, required: true, masking: .tail),
                .init(name: "readToken", kind: .string(), required: true, masking: .tail),
                .init(name: "writeToken", kind: .string(), required: true, masking: .tail),
            ]
        case .opsGenie:
            [
                .init(name: "apiKey", kind: .string(), required: true, masking: .tail),
                .init(name: "region", kind: .enumeration(["US", "EU"]), defaultValue: .string("US")),
            ]
        case .victorOps:
            [
                .init(name: "apiKey", kind: .string(), required: true, masking: .tail),
                .init(name: "routingKey", kind: .string()),
            ]
        case .webhook:
            [
                .init(name: "url", kind: .url, required: true, masking: .url),
                .init(name: "secret", kind: .string(), masking: .tail),
                .init(name: "bodyTemplate", kind: .template(maxBytes: 16_384), nullable: true, masking: .tail,
                      rendersNullWhenUnset: true),
                .init(name: "headersTemplate", kind: .template(maxBytes: 4_096), nullable: true, masking: .tail,
                      rendersNullWhenUnset: true),
            ]
        case .hipChat:
            []
        case .prometheus:
            [
                .init(name: "username", kind: .string(), required: true),
                .init(name: "password", kind: .string(), masking: .writeOnly),
                .init(name: "serviceDiscovery", kind: .enumeration(["http", "file"]), required: true),
                .init(name: "enabled", kind: .boolean, required: true),
                .init(name: "sendUserProvidedResourceTagsEnabled", kind: .boolean, defaultValue: .bool(false)),
            ]
        case .microsoftTeams:
            [
                .init(name: "microsoftTeamsWebhookUrl", kind: .url, required: true, masking: .url),
            ]
        }
    }
}
