import AtlasAdmin

/// The form of every integration kind Atlas documents: field keys, kinds,
/// checks and help, from the Atlas Admin API v2 schemas.
public enum FormCatalog {
    static let usEU = [ChoiceOption("US"), ChoiceOption("EU")]
    static let datadogRegions = ["US", "EU", "US3", "US5", "AP1", "US1_FED"].map { ChoiceOption($0) }
    static let hex32: [Validator] = [.hexadecimal(length: 32)]
    /// Secret fields take long pastes whole; what Atlas accepts is the
    /// validators' business, so a too-long key is reported, not cut.
    static let secretLimit = 8_192

    public static func spec(for type: IntegrationType) -> FormSpec {
        switch type {
        case .pagerDuty: pagerDuty
        case .datadog: datadog
        case .opsGenie: opsGenie
        case .victorOps: victorOps
        case .webhook: webhook
        case .microsoftTeams: microsoftTeams
        case .prometheus: prometheus
        case .slack: slack
        case .newRelic: newRelic
        case .hipChat: hipChat
        case .unknown(let raw):
            FormSpec(type: type, summary: "\(raw): a kind this version does not know; it can be deleted.",
                     availability: .readOnly, fields: [])
        }
    }

    public static let pagerDuty = FormSpec(
        type: .pagerDuty, summary: "Sends Atlas alerts to a PagerDuty service.", availability: .creatable,
        fields: [
            FieldSpec("serviceKey", "Service key", .secret, required: true, validators: hex32,
                      help: "The 32-hex-digit integration key of a PagerDuty service (Events API v2).",
                      maxLength: secretLimit, placeholder: "32 hexadecimal digits"),
            FieldSpec("region", "Region", .choice(usEU), help: "The PagerDuty account's service region.",
                      default: "US"),
        ])

    public static let datadog = FormSpec(
        type: .datadog, summary: "Sends metrics and alerts to Datadog (M10+ clusters).", availability: .creatable,
        fields: [
            FieldSpec("apiKey", "API key", .secret, required: true, validators: hex32,
                      help: "A Datadog API key: 32 hexadecimal digits (Organization Settings › API Keys).",
                      maxLength: secretLimit, placeholder: "32 hexadecimal digits"),
            FieldSpec("region", "Region", .choice(datadogRegions),
                      help: "The Datadog site of the account: US (US1), EU, US3, US5, AP1 or US1_FED.",
                      default: "US"),
            FieldSpec("sendCollectionLatencyMetrics", "Collection latency", .toggle,
                      help: "Send collection latency metrics.", default: "false"),
            FieldSpec("sendDatabaseMetrics", "Database metrics", .toggle,
                      help: "Send database metrics.", default: "false"),
            FieldSpec("sendQueryStatsMetrics", "Query stats", .toggle,
                      help: "Send query statistics metrics.", default: "false"),
            FieldSpec("sendUserProvidedResourceTags", "Resource tags", .toggle,
                      help: "Send the resource tags you set on clusters.", default: "false"),
        ])

    public static let opsGenie = FormSpec(
        type: .opsGenie, summary: "Sends Atlas alerts to Opsgenie.", availability: .creatable,
        fields: [
            FieldSpec("apiKey", "API key", .secret, required: true, validators: [.maxLength(1_024)],
                      help: "The API key of an Opsgenie API integration (a UUID).", maxLength: secretLimit),
            FieldSpec("region", "Region", .choice(usEU), help: "The Opsgenie account's region.", default: "US"),
        ])

    public static let victorOps = FormSpec(
        type: .victorOps, summary: "Sends Atlas alerts to Splunk On-Call (VictorOps).", availability: .creatable,
        fields: [
            FieldSpec("apiKey", "API key", .secret, required: true, validators: [.maxLength(1_024)],
                      help: "The REST endpoint API key from Splunk On-Call.", maxLength: secretLimit),
            FieldSpec("routingKey", "Routing key", .text, validators: [.maxLength(256)],
                      help: "Optional routing key; Atlas lists the integration reliably only with one set.",
                      maxLength: 256),
        ])

    public static let webhook = FormSpec(
        type: .webhook, summary: "POSTs Atlas alerts as JSON to your HTTPS endpoint.", availability: .creatable,
        fields: [
            FieldSpec("url", "URL", .text, required: true, validators: [.httpURL, .maxLength(2_048)],
                      help: "The endpoint Atlas POSTs alerts to (https:// recommended).", maxLength: 2_048,
                      placeholder: "e.g. https://example.com/atlas-alerts"),
            FieldSpec("secret", "Secret", .secret, validators: [.maxLength(secretLimit)],
                      help: "Optional: Atlas signs each request with X-MMS-Signature (HMAC-SHA1 of the body).",
                      maxLength: secretLimit),
            FieldSpec("bodyTemplate", "Body template", .multiline, validators: [.maxBytes(16 * 1024)],
                      help: "Optional FreeMarker template; must render JSON, at most 16 KB. Ctrl-E opens $EDITOR.",
                      maxLength: 65_536),
            FieldSpec("headersTemplate", "Headers template", .multiline, validators: [.maxBytes(4 * 1024)],
                      help: "Optional template rendering a JSON object of headers, at most 4 KB. Ctrl-E opens $EDITOR.",
                      maxLength: 65_536),
        ])

    public static let microsoftTeams = FormSpec(
        type: .microsoftTeams, summary: "Posts Atlas alerts to a Microsoft Teams channel.", availability: .creatable,
        fields: [
            FieldSpec("microsoftTeamsWebhookUrl", "Webhook URL", .secret, required: true,
                      validators: [.httpURL, .maxLength(2_048)],
                      help: "The channel's incoming-webhook URL; it grants posting, so it is treated as a secret.",
                      maxLength: secretLimit),
        ])

    public static let prometheus = FormSpec(
        type: .prometheus, summary: "Lets Prometheus scrape cluster metrics (M10+ clusters).", availability: .creatable,
        fields: [
            FieldSpec("username", "Username", .text, required: true, validators: [.maxLength(256)],
                      help: "The user name Prometheus authenticates with (HTTP basic auth).", maxLength: 256),
            FieldSpec("password", "Password", .secret, required: true, validators: [.maxLength(1_024)],
                      help: "Atlas never returns it: keep it for your Prometheus configuration.", maxLength: secretLimit),
            FieldSpec("serviceDiscovery", "Service discovery", .choice([ChoiceOption("http"), ChoiceOption("file")]),
                      required: true, help: "http: Prometheus asks Atlas for targets; file: you maintain a target file.",
                      default: "http"),
            FieldSpec("enabled", "Enabled", .toggle, required: true, help: "Whether the integration is active.",
                      default: "true"),
            FieldSpec("sendUserProvidedResourceTagsEnabled", "Resource tags", .toggle,
                      help: "Include the resource tags you set on clusters as labels.", default: "false"),
        ])

    public static let slack = FormSpec(
        type: .slack,
        summary: "Create in the Atlas UI only (OAuth2); here only the channel can be changed.",
        availability: .editExistingOnly,
        fields: [
            FieldSpec("apiToken", "API token", .secret, help: "Set by OAuth2 in the Atlas UI; it cannot be changed here.",
                      editable: false),
            FieldSpec("channelName", "Channel", .text, required: true, validators: [.maxLength(80)],
                      help: "The channel alerts go to, without the #; at most 80 characters.", maxLength: 80),
            FieldSpec("teamName", "Team", .text, help: "The Slack workspace, set by OAuth2 in the Atlas UI.", editable: false),
        ])

    public static let newRelic = FormSpec(
        type: .newRelic,
        summary: "Deprecated: New Relic ended the plugin integration in 2021; existing ones can be deleted.",
        availability: .readOnly,
        fields: [
            FieldSpec("accountId", "Account ID", .text, help: "New Relic account id.", editable: false),
            FieldSpec("licenseKey", "License key", .secret, help: "New Relic license key.", editable: false),
            FieldSpec("readToken", "Read token", .secret, help: "Insights query key.", editable: false),
            FieldSpec("writeToken", "Write token", .secret, help: "Insights insert key.", editable: false),
        ])

    public static let hipChat = FormSpec(
        type: .hipChat, summary: "Not supported: Atlas accepts HipChat only for Ops Manager projects.",
        availability: .readOnly,
        fields: [
            FieldSpec("notificationToken", "Notification token", .secret, help: "HipChat token.", editable: false),
            FieldSpec("roomName", "Room", .text, help: "HipChat room.", editable: false),
        ])
}
