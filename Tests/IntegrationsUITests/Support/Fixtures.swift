import AtlasAdmin
@testable import IntegrationsUI

enum Fixtures {
    static func configuration(
        readOnly: Bool = false, monochrome: Bool = false, asciiOnly: Bool = false,
        credentialsProblem: String? = nil, startProjectID: String? = nil
    ) -> AppConfiguration {
        AppConfiguration(
            targetLabel: "https://cloud.mongodb.com", isDemo: false, authKind: "API key", profile: "default",
            readOnly: readOnly, startProjectID: startProjectID, monochrome: monochrome, asciiOnly: asciiOnly,
            credentialsProblem: credentialsProblem)
    }

    static let organizations = [
        Organization(id: "org1", name: "Acme Corp"),
        Organization(id: "org2", name: "東京チーム"),
    ]

    static let projects = [
        Project(id: "5f1a00000000000000000001", name: "production-east", orgID: "org1", clusterCount: 3, created: "2024-05-01T10:00:00Z"),
        Project(id: "5f1a00000000000000000002", name: "staging", orgID: "org1", clusterCount: 1, created: "2024-06-12T10:00:00Z"),
        Project(id: "5f1a00000000000000000003", name: "Café Zürich", orgID: "org1", clusterCount: 0, created: "2025-01-02T10:00:00Z"),
        Project(id: "5f1a00000000000000000004", name: "日本語プロジェクト", orgID: "org2", clusterCount: 12, created: "2025-03-04T10:00:00Z"),
        Project(id: "5f1a00000000000000000005", name: "evil\u{1B}[2J\u{1B}]0;pwned\u{07}name", orgID: "org2", clusterCount: 2, created: "2025-04-05T10:00:00Z"),
    ]

    static let pagerDuty = Integration(type: .pagerDuty, id: "6a0000000000000000000001", fields: [
        "serviceKey": .masked(MaskedSecret(masked: "****************************0022")),
        "region": .text("EU"),
    ])

    static let datadog = Integration(type: .datadog, id: "6a0000000000000000000002", fields: [
        "apiKey": .masked(MaskedSecret(masked: "****************************a23c")),
        "region": .text("US3"),
        "sendCollectionLatencyMetrics": .bool(false),
        "sendDatabaseMetrics": .bool(true),
        "sendQueryStatsMetrics": .bool(false),
        "sendUserProvidedResourceTags": .bool(false),
        "customEndpoint": .null,
    ])

    static let slack = Integration(type: .slack, id: "6a0000000000000000000003", fields: [
        "apiToken": .masked(MaskedSecret(masked: "****************************9abc")),
        "channelName": .text("alerts"),
        "teamName": .text("Acme"),
    ])

    static let webhook = Integration(type: .webhook, id: "6a0000000000000000000004", fields: [
        "url": .masked(MaskedSecret(masked: "https://example.com/****2101")),
        "secret": .masked(MaskedSecret(masked: "********cret")),
    ])

    static let integrations = [pagerDuty, datadog, slack]

    static let hexKey = "0123456789abcdef0123456789ab0022"

    static func apiError(
        _ status: Int, _ code: String, _ detail: String? = nil, fields: [FieldViolation] = [], retryAfter: Int? = nil
    ) -> AtlasError {
        .api(APIErrorDetail(status: status, errorCode: code, detail: detail, fieldViolations: fields, retryAfter: retryAfter))
    }
}
