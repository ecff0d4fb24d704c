/// The deterministic demo data: three organizations, forty projects and a
/// few configured integrations.
///
/// Names follow Atlas's pattern (letters, digits and `-_.(),:&@+'`, at most
/// 64 characters) and include German, Japanese, Korean and Chinese names
/// and one name of exactly 64 characters, so pickers and tables are tried
/// on realistic text. Ids never change, so tests and documentation can
/// name them.
public enum DemoSeed {
    public static let organizations: [DemoOrganization] = [
        DemoOrganization(id: "5e1c0a0f3b2d4c5e6f708101", name: "Acme-Retail"),
        DemoOrganization(id: "5e1c0a0f3b2d4c5e6f708102", name: "Nordwind-Logistik-GmbH"),
        DemoOrganization(id: "5e1c0a0f3b2d4c5e6f708103", name: "Sakura-Fintech"),
    ]

    public static let projects: [DemoProject] = [
        DemoProject(id: "5c8a1e5d9d3c2b1a0f000001", name: "storefront-prod", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 6, created: "2019-03-14T09:26:53Z"),
        DemoProject(id: "5c8a21b69d3c2b1a0f000002", name: "storefront-staging", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 2, created: "2019-03-14T09:41:10Z"),
        DemoProject(id: "5dbdb7689d3c2b1a0f000003", name: "checkout-api", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 4, created: "2019-11-02T17:05:44Z"),
        DemoProject(id: "5e5779ef9d3c2b1a0f000004", name: "inventory-sync", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 1, created: "2020-02-27T08:12:31Z"),
        DemoProject(id: "5efda6b29d3c2b1a0f000005", name: "search-catalog(v2)", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 3, created: "2020-07-02T09:19:46Z"),
        DemoProject(id: "600590a29d3c2b1a0f000006", name: "mobile-app-backend", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 2, created: "2021-01-18T13:44:02Z"),
        DemoProject(id: "60c13c479d3c2b1a0f000007", name: "analytics:warehouse", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 5, created: "2021-06-09T22:10:15Z"),
        DemoProject(id: "61555f5f9d3c2b1a0f000008", name: "loyalty&rewards", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 1, created: "2021-09-30T06:55:27Z"),
        DemoProject(id: "625562fc9d3c2b1a0f000009", name: "data-science@sandbox", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 0, created: "2022-04-12T11:31:08Z"),
        DemoProject(id: "6304ec0f9d3c2b1a0f00000a", name: "recommendations+ml", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 2, created: "2022-08-23T15:02:39Z"),
        DemoProject(id: "63e0db139d3c2b1a0f00000b", name: "o'reilly-catalog-import", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 1, created: "2023-02-06T10:48:51Z"),
        DemoProject(id: "652ee0129d3c2b1a0f00000c", name: "qa.integration", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 1, created: "2023-10-17T19:27:14Z"),
        DemoProject(id: "664c47489d3c2b1a0f00000d", name: "dev_sandbox", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 0, created: "2024-05-21T07:03:36Z"),
        DemoProject(id: "5c06a9309d3c2b1a0f00000e", name: "legacy-orders", orgID: "5e1c0a0f3b2d4c5e6f708101", clusterCount: 1, created: "2018-12-04T16:20:00Z"),
        DemoProject(id: "5ccfe2849d3c2b1a0f00000f", name: "Lagerverwaltung-Prod", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 8, created: "2019-05-06T07:30:12Z"),
        DemoProject(id: "5ccfe7c89d3c2b1a0f000010", name: "Lagerverwaltung-Test", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 2, created: "2019-05-06T07:52:40Z"),
        DemoProject(id: "5e73623f9d3c2b1a0f000011", name: "Größenberechnung", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 1, created: "2020-03-19T12:14:55Z"),
        DemoProject(id: "5f7ed7359d3c2b1a0f000012", name: "Bestellübersicht", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 3, created: "2020-10-08T09:09:09Z"),
        DemoProject(id: "603513219d3c2b1a0f000013", name: "Zählerstände-Ablesung", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 2, created: "2021-02-23T14:37:21Z"),
        DemoProject(id: "60efcc319d3c2b1a0f000014", name: "Fahrzeugortung", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 4, created: "2021-07-15T05:48:33Z"),
        DemoProject(id: "61dd5b679d3c2b1a0f000015", name: "Kundenportal", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 3, created: "2022-01-11T10:26:47Z"),
        DemoProject(id: "62bb4f769d3c2b1a0f000016", name: "Tourenplanung-München", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 2, created: "2022-06-28T18:59:02Z"),
        DemoProject(id: "6401a9009d3c2b1a0f000017", name: "Rechnungsprüfung", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 1, created: "2023-03-03T08:00:00Z"),
        DemoProject(id: "6500d91e9d3c2b1a0f000018", name: "Straßenverkehr-Telemetrie", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 5, created: "2023-09-12T21:33:18Z"),
        DemoProject(id: "65e071fb9d3c2b1a0f000019", name: "Überwachung-Dashboards", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 0, created: "2024-02-29T12:00:59Z"),
        DemoProject(id: "672a4baa9d3c2b1a0f00001a", name: "Lieferketten-Analyse", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 2, created: "2024-11-05T16:45:30Z"),
        DemoProject(id: "68075ea69d3c2b1a0f00001b", name: "Prüfstand-Düsseldorf", orgID: "5e1c0a0f3b2d4c5e6f708102", clusterCount: 1, created: "2025-04-22T09:17:26Z"),
        DemoProject(id: "5d422b819d3c2b1a0f00001c", name: "本番-決済サービス", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 12, created: "2019-08-01T00:00:01Z"),
        DemoProject(id: "5d42595e9d3c2b1a0f00001d", name: "検証-決済サービス", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 3, created: "2019-08-01T03:15:42Z"),
        DemoProject(id: "5ecb2f989d3c2b1a0f00001e", name: "顧客管理-CRM", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 2, created: "2020-05-25T02:38:16Z"),
        DemoProject(id: "5fd7fc7e9d3c2b1a0f00001f", name: "リスク分析", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 4, created: "2020-12-14T23:59:58Z"),
        DemoProject(id: "60651b4d9d3c2b1a0f000020", name: "東京-リージョン-本番", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 6, created: "2021-04-01T01:01:01Z"),
        DemoProject(id: "619b20149d3c2b1a0f000021", name: "대시보드-운영", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 1, created: "2021-11-22T04:44:04Z"),
        DemoProject(id: "6226f7e89d3c2b1a0f000022", name: "결제-게이트웨이", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 7, created: "2022-03-08T06:30:00Z"),
        DemoProject(id: "632823689d3c2b1a0f000023", name: "서울-데이터센터", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 2, created: "2022-09-19T08:08:08Z"),
        DemoProject(id: "6475f6699d3c2b1a0f000024", name: "风控-实时计算", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 3, created: "2023-05-30T13:13:13Z"),
        DemoProject(id: "658892849d3c2b1a0f000025", name: "報表-系統", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 1, created: "2023-12-24T20:20:20Z"),
        DemoProject(id: "668a3e9b9d3c2b1a0f000026", name: "qa-automation", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 4, created: "2024-07-07T07:07:07Z"),
        DemoProject(id: "67879a799d3c2b1a0f000027", name: "fx-rates(beta)", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 0, created: "2025-01-15T11:22:33Z"),
        DemoProject(id: "68980cd19d3c2b1a0f000028", name: "customer-360-analytics-pipeline-europe-west-production-replica-1", orgID: "5e1c0a0f3b2d4c5e6f708103", clusterCount: 2, created: "2025-08-10T03:06:57Z"),
    ]

    // MARK: Projects tests refer to by role

    /// "本番-決済サービス": PagerDuty and OpsGenie configured.
    public static let paymentsProjectID = "5d422b819d3c2b1a0f00001c"
    /// "storefront-prod": Datadog configured.
    public static let storefrontProjectID = "5c8a1e5d9d3c2b1a0f000001"
    /// "Lagerverwaltung-Prod": Slack (made through OAuth2) and Prometheus configured.
    public static let slackProjectID = "5ccfe2849d3c2b1a0f00000f"
    /// "checkout-api": a Webhook configured.
    public static let webhookProjectID = "5dbdb7689d3c2b1a0f000003"
    /// "legacy-orders": a deprecated New Relic integration, readable and deletable only.
    public static let legacyProjectID = "5c06a9309d3c2b1a0f00000e"
    /// "storefront-staging": no integrations.
    public static let emptyProjectID = "5c8a21b69d3c2b1a0f000002"
    /// "qa-automation": one integration of each of the ten kinds, for exports.
    public static let qaAutomationProjectID = "668a3e9b9d3c2b1a0f000026"
    /// The project whose name is exactly 64 characters long.
    public static let longNameProjectID = "68980cd19d3c2b1a0f000028"

    // MARK: Secrets of the seeded integrations, in clear

    public static let pagerDutyServiceKey = "8f1d2c3b4a5960718293a4b5c6d7e8f9"
    public static let datadogAPIKey = "a7c3e9f1b5d2468097ace13579bdf024"
    public static let webhookURL = "https://hooks.acme-retail.example/atlas/alerts/3f9c"
    public static let webhookSecret = "whsec-acme-checkout-7f3a9b"
    public static let slackAPIToken = "xoxb-2841-sandbox-oauth-token-9f8e7d6c"

    private static let others: [DemoIntegration] = [
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c901", projectID: paymentsProjectID, type: "PAGER_DUTY",
            settings: ["serviceKey": pagerDutyServiceKey, "region": "US"], flags: [:]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c902", projectID: paymentsProjectID, type: "OPS_GENIE",
            settings: ["apiKey": "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b", "region": "EU"], flags: [:]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c903", projectID: storefrontProjectID, type: "DATADOG",
            settings: ["apiKey": datadogAPIKey, "region": "EU"],
            flags: [
                "sendCollectionLatencyMetrics": true, "sendDatabaseMetrics": true,
                "sendQueryStatsMetrics": false, "sendUserProvidedResourceTags": false,
            ]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c904", projectID: webhookProjectID, type: "WEBHOOK",
            settings: ["url": webhookURL, "secret": webhookSecret], flags: [:]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c905", projectID: slackProjectID, type: "SLACK",
            settings: ["apiToken": slackAPIToken, "channelName": "lager-alarme", "teamName": "Nordwind Logistik"],
            flags: [:]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c906", projectID: slackProjectID, type: "PROMETHEUS",
            settings: [
                "username": "prom_user_5ccfe2849d3c2b1a0f00000f", "password": "prom-demo-password",
                "serviceDiscovery": "http",
            ],
            flags: ["enabled": true, "sendUserProvidedResourceTagsEnabled": false]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c907", projectID: "619b20149d3c2b1a0f000021", type: "MICROSOFT_TEAMS",
            settings: [
                "microsoftTeamsWebhookUrl":
                    "https://sakurafintech.webhook.office.com/webhookb2/7c1e0f3a/IncomingWebhook/ab12cd34",
            ],
            flags: [:]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c908", projectID: "6226f7e89d3c2b1a0f000022", type: "VICTOR_OPS",
            settings: ["apiKey": "6d2f8a1c-3b4e-4f5a-9c7d-2e1f0a9b8c7d", "routingKey": "payments-oncall"],
            flags: [:]
        ),
        DemoIntegration(
            id: "65f0a1b2c3d4e5f6a7b8c909", projectID: legacyProjectID, type: "NEW_RELIC",
            settings: [
                "accountId": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
                "licenseKey": "9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d",
                "readToken": "nr-read-5c06a930", "writeToken": "nr-write-5c06a930",
            ],
            flags: [:]
        ),
    ]

    /// qa-automation's integrations: a copy of the first seeded one of each
    /// kind (so the fleet matrix shows no differences), and a HipChat one,
    /// which the spec gives no fields.
    private static let qaAutomation: [DemoIntegration] = {
        var copies: [DemoIntegration] = []
        for seeded in others where !copies.contains(where: { $0.type == seeded.type }) {
            let id = "65f0a1b2c3d4e5f6a7b8c9\(10 + copies.count)"
            copies.append(DemoIntegration(
                id: id, projectID: qaAutomationProjectID, type: seeded.type, settings: seeded.settings, flags: seeded.flags))
        }
        copies.append(DemoIntegration(id: "65f0a1b2c3d4e5f6a7b8c919", projectID: qaAutomationProjectID, type: "HIP_CHAT",
                                      settings: [:], flags: [:]))
        return copies
    }()

    public static let integrations: [DemoIntegration] = others + qaAutomation

    /// Alert configurations that notify through the seeded integrations (and
    /// some that only e-mail), so a delete names what it would silence.
    /// "storefront-staging" and qa-automation have none.
    public static let alertConfigs: [DemoAlertConfig] = [
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca01", projectID: paymentsProjectID,
                        eventTypeName: "OUTSIDE_METRIC_THRESHOLD", enabled: true, notifications: ["PAGER_DUTY", "EMAIL"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca02", projectID: paymentsProjectID,
                        eventTypeName: "HOST_DOWN", enabled: true, notifications: ["PAGER_DUTY", "OPS_GENIE"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca03", projectID: paymentsProjectID,
                        eventTypeName: "REPLICATION_OPLOG_WINDOW_RUNNING_OUT", enabled: false, notifications: ["OPS_GENIE"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca04", projectID: paymentsProjectID,
                        eventTypeName: "NO_PRIMARY", enabled: true, notifications: ["GROUP"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca05", projectID: storefrontProjectID,
                        eventTypeName: "NO_PRIMARY", enabled: true, notifications: ["EMAIL"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca06", projectID: webhookProjectID,
                        eventTypeName: "NO_PRIMARY", enabled: true, notifications: ["WEBHOOK"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca07", projectID: slackProjectID,
                        eventTypeName: "HOST_DOWN", enabled: true, notifications: ["SLACK", "EMAIL"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca08", projectID: "619b20149d3c2b1a0f000021",
                        eventTypeName: "OUTSIDE_METRIC_THRESHOLD", enabled: true, notifications: ["MICROSOFT_TEAMS"]),
        DemoAlertConfig(id: "65f0a1b2c3d4e5f6a7b8ca09", projectID: "6226f7e89d3c2b1a0f000022",
                        eventTypeName: "CLUSTER_MONGOS_IS_MISSING", enabled: false, notifications: ["VICTOR_OPS"]),
    ]
}
