import AtlasAdmin
import AtlasSandbox
import Testing
import TestSupport

/// What a delete would silence, read from the sandbox over loopback: every
/// page of a project's alert configurations, the ones that notify through
/// the type, and no request at all for a type that is no alert destination.
@Suite struct AlertUsageTests {
    @Test func everyPageIsReadAndOnlyTheTypesNotificationsCount() async throws {
        try await SandboxHarness.with { sandbox in
            let client = AtlasClient(configuration: AtlasClientConfiguration(
                baseURL: sandbox.baseURL, credentials: SandboxHarness.Scheme.digest.credentials, pageSize: 1))
            let all = try await client.listAlertConfigurations(projectID: DemoSeed.paymentsProjectID)
            #expect(all.map(\.id) == ["65f0a1b2c3d4e5f6a7b8ca01", "65f0a1b2c3d4e5f6a7b8ca02",
                                      "65f0a1b2c3d4e5f6a7b8ca03", "65f0a1b2c3d4e5f6a7b8ca04"])
            let pages = Set(sandbox.apiRequests.filter { $0.path.hasSuffix("/alertConfigs") && $0.status == 200 }
                .compactMap { $0.query.split(separator: "&").first { $0.hasPrefix("pageNum=") } })
            #expect(pages.isSuperset(of: ["pageNum=1", "pageNum=2", "pageNum=3", "pageNum=4"]))

            let opsGenie = try await client.alertUsage(of: .opsGenie, projectID: DemoSeed.paymentsProjectID)
            guard case .notifying(let configurations) = opsGenie else {
                Issue.record("Opsgenie is an alert destination: \(opsGenie)")
                return
            }
            #expect(configurations.map(\.eventTypeName) == ["HOST_DOWN", "REPLICATION_OPLOG_WINDOW_RUNNING_OUT"])
            #expect(configurations.map(\.enabled) == [true, false])
        }
    }

    @Test func aTypeNoAlertUsesCostsNoRequest() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let requests = try await sandbox.count(apiOnly: true) {
                let usage = try await client.alertUsage(of: .prometheus, projectID: DemoSeed.slackProjectID)
                #expect(usage == .notAnAlertDestination)
            }
            #expect(requests == 0)
            let datadog = try await client.alertUsage(of: .datadog, projectID: DemoSeed.storefrontProjectID)
            #expect(datadog == .notifying([]), "storefront-prod's only alert e-mails")
        }
    }

    @Test func aKeyThatMayNotReadThemGetsTheErrorNotAnEmptyList() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.addFault(FaultRule(
                route: "GET /api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)/alertConfigs", kind: .status(403)))
            let client = sandbox.client(.serviceAccount)
            await #expect(throws: AtlasError.self) {
                _ = try await client.alertUsage(of: .pagerDuty, projectID: DemoSeed.paymentsProjectID)
            }
        }
    }
}
