/// What the product knows about each integration type, in one table: the
/// ten types of the Atlas Admin API v2 `ThirdPartyIntegration` schema, in
/// the order the product lists them.
///
/// Adding a type is adding an entry here (the sandbox keeps its own table:
/// it is the independent peer that catches this one's mistakes, and a test
/// compares the two).
public enum IntegrationCatalog {
    public static let entries: [CatalogEntry] = [
        pagerDuty, datadog, opsGenie, victorOps, webhook, microsoftTeams, prometheus, slack, newRelic, hipChat,
    ]

    private static let byType: [IntegrationType: (position: Int, entry: CatalogEntry)] = Dictionary(
        uniqueKeysWithValues: entries.enumerated().map { ($1.type, ($0, $1)) })

    /// The entry of `type`; a type the catalog does not know gets an entry
    /// that only lists and deletes it.
    public static func entry(for type: IntegrationType) -> CatalogEntry {
        known(type) ?? CatalogEntry(
            type: type, displayName: type.rawValue,
            summary: "\(type.rawValue): a kind this version does not know.",
            availability: .viewAndDelete(.init(
                whenMissing: "unknown kind", configuredTag: " (unknown kind)",
                whenConfigured: "unknown kind: cannot be changed here",
                reason: "This version does not know its fields; it can be deleted.")),
            fields: [])
    }

    static func known(_ type: IntegrationType) -> CatalogEntry? { byType[type]?.entry }

    static func position(of type: IntegrationType) -> Int? { byType[type]?.position }

    /// Every field key of every type, for finding which field an error names.
    public static let allFieldKeys: Set<String> = Set(entries.flatMap { $0.fields.map(\.key) })

    /// The field an Atlas error code always concerns, for the codes that
    /// name the same field in every type that has them (`INVALID_URL` does
    /// not: a type's entry answers for it).
    public static let fieldByErrorCode: [String: String] = {
        let pairs = entries.flatMap { $0.fields.flatMap { field in field.errorCodes.map { ($0, Set([field.key])) } } }
        return Dictionary(pairs, uniquingKeysWith: { $0.union($1) }).compactMapValues { $0.count == 1 ? $0.first : nil }
    }()

    static let usEU = [ChoiceOption("US"), ChoiceOption("EU")]
    static let hex32: [Validator] = [.hexadecimal(length: 32)]
}

extension IntegrationType {
    public static let pagerDuty = IntegrationType(rawValue: "PAGER_DUTY")
    public static let datadog = IntegrationType(rawValue: "DATADOG")
    public static let opsGenie = IntegrationType(rawValue: "OPS_GENIE")
    public static let victorOps = IntegrationType(rawValue: "VICTOR_OPS")
    public static let webhook = IntegrationType(rawValue: "WEBHOOK")
    public static let microsoftTeams = IntegrationType(rawValue: "MICROSOFT_TEAMS")
    public static let prometheus = IntegrationType(rawValue: "PROMETHEUS")
    public static let slack = IntegrationType(rawValue: "SLACK")
    public static let newRelic = IntegrationType(rawValue: "NEW_RELIC")
    public static let hipChat = IntegrationType(rawValue: "HIP_CHAT")
}

extension IntegrationCatalog {
    public static let pagerDuty = CatalogEntry(
        type: .pagerDuty, displayName: "PagerDuty", shortName: "PgDty", summary: "Sends Atlas alerts to a PagerDuty service.",
        fields: [
            CatalogField("serviceKey", "Service key", .secret, required: true, rules: hex32,
                         help: "The 32-hex-digit integration key of a PagerDuty service (Events API v2).",
                         placeholder: "32 hexadecimal digits", readBack: .maskedWhole,
                         errorCodes: ["INVALID_PAGER_DUTY_SERVICE_KEY"],
                         otherNames: [.terraform: "service_key", .kubernetes: "serviceKeySecretRef.serviceKey"]),
            CatalogField("region", "Region", .choice(usEU), default: "US",
                         help: "The PagerDuty account's service region.",
                         otherNames: [.terraform: "region", .kubernetes: "region"]),
        ],
        otherNames: [.terraform: "PAGER_DUTY", .kubernetes: "pagerDuty"],
        alertNotificationTypeName: "PAGER_DUTY")

    public static let datadog = CatalogEntry(
        type: .datadog, displayName: "Datadog", shortName: "Ddog", summary: "Sends metrics and alerts to Datadog (M10+ clusters).",
        fields: [
            CatalogField("apiKey", "API key", .secret, required: true, rules: hex32,
                         help: "A Datadog API key: 32 hexadecimal digits (Organization Settings › API Keys).",
                         placeholder: "32 hexadecimal digits", readBack: .maskedWhole,
                         errorCodes: ["INVALID_DATADOG_API_KEY"],
                         otherNames: [.terraform: "api_key", .kubernetes: "apiKeySecretRef.apiKey"]),
            CatalogField("region", "Region", .choice(["US", "EU", "US3", "US5", "AP1", "US1_FED"].map { ChoiceOption($0) }),
                         default: "US",
                         help: "The Datadog site of the account: US (US1), EU, US3, US5, AP1 or US1_FED.",
                         otherNames: [.terraform: "region", .kubernetes: "region"]),
            CatalogField("sendCollectionLatencyMetrics", "Collection latency", .toggle, default: "false",
                         help: "Send collection latency metrics.",
                         otherNames: [.terraform: "send_collection_latency_metrics", .kubernetes: "sendCollectionLatencyMetrics"]),
            CatalogField("sendDatabaseMetrics", "Database metrics", .toggle, default: "false",
                         help: "Send database metrics.",
                         otherNames: [.terraform: "send_database_metrics", .kubernetes: "sendDatabaseMetrics"]),
            CatalogField("sendQueryStatsMetrics", "Query stats", .toggle, default: "false",
                         help: "Send query statistics metrics.",
                         otherNames: [.terraform: "send_query_stats_metrics"]),
            CatalogField("sendUserProvidedResourceTags", "Resource tags", .toggle, default: "false",
                         help: "Send the resource tags you set on clusters.",
                         otherNames: [.terraform: "send_user_provided_resource_tags"]),
        ],
        undocumentedKeys: ["customEndpoint"],
        otherNames: [.terraform: "DATADOG", .kubernetes: "datadog"],
        alertNotificationTypeName: "DATADOG")

    public static let opsGenie = CatalogEntry(
        type: .opsGenie, displayName: "Opsgenie", shortName: "OpsG", summary: "Sends Atlas alerts to Opsgenie.",
        fields: [
            CatalogField("apiKey", "API key", .secret, required: true, rules: [.maxLength(1_024)],
                         help: "The API key of an Opsgenie API integration (a UUID).", readBack: .maskedWhole,
                         otherNames: [.terraform: "api_key", .kubernetes: "apiKeySecretRef.apiKey"]),
            CatalogField("region", "Region", .choice(usEU), default: "US", help: "The Opsgenie account's region.",
                         otherNames: [.terraform: "region", .kubernetes: "region"]),
        ],
        otherNames: [.terraform: "OPS_GENIE", .kubernetes: "opsGenie"],
        alertNotificationTypeName: "OPS_GENIE")

    public static let victorOps = CatalogEntry(
        type: .victorOps, displayName: "VictorOps (Splunk On-Call)", shortName: "VicOp",
        summary: "Sends Atlas alerts to Splunk On-Call (VictorOps).",
        fields: [
            CatalogField("apiKey", "API key", .secret, required: true, rules: [.maxLength(1_024)],
                         help: "The REST endpoint API key from Splunk On-Call.", readBack: .maskedWhole,
                         otherNames: [.terraform: "api_key", .kubernetes: "apiKeySecretRef.apiKey"]),
            CatalogField("routingKey", "Routing key", .text, rules: [.maxLength(256)], inputLimit: 256,
                         help: "Optional routing key; Atlas lists the integration reliably only with one set.",
                         otherNames: [.terraform: "routing_key", .kubernetes: "routingKey"]),
        ],
        otherNames: [.terraform: "VICTOR_OPS", .kubernetes: "victorOps"],
        alertNotificationTypeName: "VICTOR_OPS")

    public static let webhook = CatalogEntry(
        type: .webhook, displayName: "Webhook", shortName: "Hook", summary: "POSTs Atlas alerts as JSON to your HTTPS endpoint.",
        fields: [
            CatalogField("url", "URL", .url, required: true, rules: [.maxLength(2_048)],
                         help: "The endpoint Atlas POSTs alerts to (https:// recommended).",
                         placeholder: "e.g. https://example.com/atlas-alerts", readBack: .maskedURL,
                         errorCodes: ["INVALID_URL", "WEBHOOK_URL_NOT_SET"],
                         otherNames: [.terraform: "url", .kubernetes: "urlSecretRef.url"]),
            CatalogField("secret", "Secret", .secret,
                         help: "Optional: Atlas signs each request with X-MMS-Signature (HMAC-SHA1 of the body).",
                         readBack: .maskedWhole,
                         otherNames: [.terraform: "secret", .kubernetes: "urlSecretRef.secret"]),
            CatalogField("bodyTemplate", "Body template", .template, atlasLimit: .bytes(16 * 1_024),
                         help: "Optional FreeMarker template; must render JSON, at most 16 KB. Ctrl-E opens $EDITOR.",
                         readBack: .maskedWhole),
            CatalogField("headersTemplate", "Headers template", .template, atlasLimit: .bytes(4 * 1_024),
                         help: "Optional template rendering a JSON object of headers, at most 4 KB. Ctrl-E opens $EDITOR.",
                         readBack: .maskedWhole),
        ],
        otherNames: [.terraform: "WEBHOOK", .kubernetes: "webhook"],
        alertNotificationTypeName: "WEBHOOK", deleteRefusedWhileNotified: true,
        testDelivery: .signedAlert(urlField: "url", secretField: "secret"))

    public static let microsoftTeams = CatalogEntry(
        type: .microsoftTeams, displayName: "Microsoft Teams", shortName: "Teams", summary: "Posts Atlas alerts to a Microsoft Teams channel.",
        fields: [
            CatalogField("microsoftTeamsWebhookUrl", "Webhook URL", .url, required: true, rules: [.maxLength(2_048)],
                         inputLimit: 8_192,
                         help: "The channel's incoming-webhook URL; it grants posting, so it is treated as a secret.",
                         readBack: .maskedURL, concealed: true, errorCodes: ["INVALID_URL"],
                         otherNames: [.terraform: "microsoft_teams_webhook_url", .kubernetes: "urlSecretRef.webhookURL"]),
        ],
        otherNames: [.terraform: "MICROSOFT_TEAMS", .kubernetes: "microsoftTeams"],
        alertNotificationTypeName: "MICROSOFT_TEAMS",
        testDelivery: .messageCard(urlField: "microsoftTeamsWebhookUrl"))

    public static let prometheus = CatalogEntry(
        type: .prometheus, displayName: "Prometheus", shortName: "Prom", summary: "Lets Prometheus scrape cluster metrics (M10+ clusters).",
        fields: [
            CatalogField("username", "Username", .text, required: true, rules: [.maxLength(256)], inputLimit: 256,
                         help: "The user name Prometheus authenticates with (HTTP basic auth).",
                         otherNames: [.terraform: "user_name", .kubernetes: "prometheusCredentialsSecretRef.username"]),
            CatalogField("password", "Password", .secret, requiredToCreate: true, rules: [.maxLength(1_024)],
                         help: "Atlas never returns it: keep it for your Prometheus configuration.",
                         readBack: .writeOnly,
                         otherNames: [.terraform: "password", .kubernetes: "prometheusCredentialsSecretRef.password"]),
            CatalogField("serviceDiscovery", "Service discovery", .choice([ChoiceOption("http"), ChoiceOption("file")]),
                         required: true, default: "http",
                         help: "http: Prometheus asks Atlas for targets; file: you maintain a target file.",
                         otherNames: [.terraform: "service_discovery", .kubernetes: "serviceDiscovery"]),
            CatalogField("enabled", "Enabled", .toggle, required: true, default: "true",
                         help: "Whether the integration is active.", summary: .onOff(on: "enabled", off: "disabled"),
                         otherNames: [.terraform: "enabled", .kubernetes: "enabled"]),
            CatalogField("sendUserProvidedResourceTagsEnabled", "Resource tags", .toggle, default: "false",
                         help: "Include the resource tags you set on clusters as labels."),
        ],
        otherNames: [.terraform: "PROMETHEUS", .kubernetes: "prometheus"],
        scrapeConfiguration: .init(usernameField: "username", passwordField: "password",
                                   discoveryField: "serviceDiscovery", fileDiscoveryValue: "file"))

    public static let slack = CatalogEntry(
        type: .slack, displayName: "Slack", shortName: "Slack",
        summary: "Sends Atlas alerts to a Slack channel; set up and changed in the Atlas UI (OAuth2).",
        availability: .viewAndDelete(.init(
            whenMissing: "create in the Atlas UI only (OAuth2)",
            whenConfigured: "cannot be changed here: Atlas UI only",
            reason: "Atlas needs the Slack API token with every change, and it is set by signing in with Slack in the Atlas UI and never returned, so Slack is set up and changed there (Project Settings › Integrations).")),
        fields: [
            CatalogField("apiToken", "API token", .secret, required: true,
                         help: "Set by signing in with Slack in the Atlas UI; Atlas never returns it.",
                         readBack: .maskedWhole, writable: false,
                         errorCodes: ["SLACK_OAUTH2_NOT_CONFIGURED", "MUST_RECONFIGURE_SLACK_OAUTH2",
                                      "LEGACY_SLACK_CONFIGURATION_UNSUPPORTED"],
                         otherNames: [.kubernetes: "apiTokenSecretRef.apiToken"]),
            CatalogField("channelName", "Channel", .text, required: true, atlasLimit: .characters(80),
                         help: "The channel alerts go to, without the #.", writable: false,
                         otherNames: [.kubernetes: "channelName"]),
            CatalogField("teamName", "Team", .text, help: "The Slack workspace, set by OAuth2 in the Atlas UI.",
                         writable: false,
                         otherNames: [.kubernetes: "teamName"]),
        ],
        otherNames: [.kubernetes: "slack"],
        notExpressible: [.terraform: "the provider refuses SLACK: Slack is set up by signing in with Slack (OAuth2) in the Atlas UI"],
        alertNotificationTypeName: "SLACK")

    public static let newRelic = CatalogEntry(
        type: .newRelic, displayName: "New Relic", shortName: "NRlic",
        summary: "Deprecated: New Relic ended the plugin integration in 2021.",
        availability: .viewAndDelete(.init(
            whenMissing: "deprecated: cannot be created", configuredTag: " (deprecated)",
            whenConfigured: "deprecated: cannot be changed here",
            reason: "New Relic ended the plugin integration in June 2021 and Atlas refuses new ones; an existing one can be deleted.")),
        fields: [
            CatalogField("accountId", "Account ID", .text, required: true, rules: [.hexadecimal(length: 40)],
                         help: "New Relic account id.", writable: false,
                         otherNames: [.kubernetes: "credentialsSecretRef.accountId"]),
            CatalogField("licenseKey", "License key", .secret, required: true, rules: [.hexadecimal(length: 40)],
                         help: "New Relic license key.", readBack: .maskedWhole, writable: false,
                         otherNames: [.kubernetes: "credentialsSecretRef.licenseKey"]),
            CatalogField("readToken", "Read token", .secret, required: true, help: "Insights query key.",
                         readBack: .maskedWhole, writable: false,
                         otherNames: [.kubernetes: "credentialsSecretRef.readToken"]),
            CatalogField("writeToken", "Write token", .secret, required: true, help: "Insights insert key.",
                         readBack: .maskedWhole, writable: false,
                         otherNames: [.kubernetes: "credentialsSecretRef.writeToken"]),
        ],
        otherNames: [.kubernetes: "newRelic"],
        notExpressible: [.terraform: "the provider removed NEW_RELIC (New Relic ended the integration in 2021)"])

    public static let hipChat = CatalogEntry(
        type: .hipChat, displayName: "HipChat", shortName: "HipCh", summary: "Not supported: Atlas accepts HipChat only for Ops Manager projects.",
        availability: .viewAndDelete(.init(
            whenMissing: "not supported (Ops Manager only)", configuredTag: " (not supported)",
            whenConfigured: "not supported: cannot be changed here",
            reason: "Atlas refuses HipChat for Atlas projects (it is only supported for Ops Manager); an existing one can be deleted.")),
        fields: [
            CatalogField("notificationToken", "Notification token", .secret, help: "HipChat token.",
                         readBack: .maskedWhole, writable: false),
            CatalogField("roomName", "Room", .text, help: "HipChat room.", writable: false),
        ],
        notExpressible: [.terraform: "the provider has no HipChat integration (Atlas supports it only for Ops Manager)", .kubernetes: "the operator has no HipChat integration (Atlas supports it only for Ops Manager)"],
        alertNotificationTypeName: "HIP_CHAT")
}
