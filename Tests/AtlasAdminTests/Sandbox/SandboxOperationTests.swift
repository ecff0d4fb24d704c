import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

/// Every operation against the sandbox, with both kinds of credentials.
@Suite(.serialized) struct SandboxOperationTests {
    typealias Scheme = SandboxHarness.Scheme

    @Test(arguments: Scheme.allCases)
    func organizations(scheme: Scheme) async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(scheme)
            let all = try await client.listOrganizations()
            #expect(all.map(\.name) == DemoSeed.organizations.map(\.name))
            #expect(try await client.listOrganizations(nameFilter: "sak").map(\.name) == ["Sakura-Fintech"])
            let one = try await client.organization(id: DemoSeed.organizations[1].id)
            #expect(one.name == "Nordwind-Logistik-GmbH")
            await client.close()
        }
    }

    @Test(arguments: Scheme.allCases)
    func projects(scheme: Scheme) async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(scheme)
            let all = try await client.listProjects()
            #expect(all.count == DemoSeed.projects.count)
            #expect(Set(all.map(\.id)) == Set(DemoSeed.projects.map(\.id)))

            let acme = DemoSeed.organizations[0].id
            let ofAcme = try await client.listProjects(orgID: acme)
            #expect(ofAcme.count == DemoSeed.projects.filter { $0.orgID == acme }.count)
            #expect(ofAcme.allSatisfy { $0.orgID == acme })
            #expect(try await client.listProjects(orgID: acme, nameFilter: "STOREFRONT").map(\.name).sorted()
                == ["storefront-prod", "storefront-staging"])
            #expect(try await client.listProjects(nameFilter: "lagerverwaltung").count == 2)

            let payments = try await client.project(id: DemoSeed.paymentsProjectID)
            #expect(payments.name == "本番-決済サービス")
            #expect(payments.clusterCount == 12)
            let byName = try await client.project(named: "本番-決済サービス")
            #expect(byName.id == DemoSeed.paymentsProjectID)
            let long = try await client.project(named: "customer-360-analytics-pipeline-europe-west-production-replica-1")
            #expect(long.id == DemoSeed.longNameProjectID)
            await client.close()
        }
    }

    @Test(arguments: Scheme.allCases)
    func readingIntegrations(scheme: Scheme) async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(scheme)
            let payments = try await client.listIntegrations(projectID: DemoSeed.paymentsProjectID)
            #expect(Set(payments.map(\.type)) == [.pagerDuty, .opsGenie])

            let datadog = try #require(try await client.integration(.datadog, projectID: DemoSeed.storefrontProjectID))
            #expect(datadog.text("region") == "EU")
            #expect(datadog.bool("sendCollectionLatencyMetrics") == true && datadog.bool("sendDatabaseMetrics") == true)
            #expect(datadog.masked("apiKey")?.visibleTail == String(DemoSeed.datadogAPIKey.suffix(4)))
            #expect(datadog.masked("apiKey")?.masked.contains(DemoSeed.datadogAPIKey) == false)

            let webhook = try #require(try await client.integration(.webhook, projectID: DemoSeed.webhookProjectID))
            #expect(webhook.masked("url")?.masked.contains("****") == true)

            let legacy = try await client.listIntegrations(projectID: DemoSeed.legacyProjectID)
            #expect(legacy.map(\.type) == [.newRelic])

            #expect(try await client.integration(.datadog, projectID: DemoSeed.emptyProjectID) == nil)
            #expect(try await client.listIntegrations(projectID: DemoSeed.emptyProjectID).isEmpty)
            await client.close()
        }
    }

    @Test(arguments: Scheme.allCases)
    func createUpdateDelete(scheme: Scheme) async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(scheme)
            let project = DemoSeed.emptyProjectID
            let key = "0123456789abcdef0123456789abcdef"
            let created = try await client.create(
                try IntegrationSettings(.datadog, ["apiKey": .secret(SecretValue(key)), "region": .text("US3"), "sendQueryStatsMetrics": .bool(true)]), projectID: project)
            #expect(created.text("region") == "US3")
            #expect(created.bool("sendQueryStatsMetrics") == true)
            #expect(created.masked("apiKey")?.visibleTail == "cdef")

            do {
                _ = try await client.create(try IntegrationSettings(.datadog, ["apiKey": .secret(SecretValue(key))]), projectID: project)
                Issue.record("a second Datadog integration was created")
            } catch let error as AtlasError {
                #expect(error.status == 409)
                #expect(error.errorCode == "INTEGRATION_ALREADY_CONFIGURED")
            }

            let updated = try await client.update(
                try IntegrationSettings(.datadog, ["apiKey": .secret(SecretValue("fedcba9876543210fedcba9876543210")), "region": .text("EU")]), projectID: project)
            #expect(updated.text("region") == "EU")
            #expect(updated.masked("apiKey")?.visibleTail == "3210")

            _ = try await client.create(
                try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue("8f1d2c3b4a5960718293a4b5c6d7e8f0"))]), projectID: project)
            _ = try await client.create(
                try IntegrationSettings(.webhook, ["url": .text("https://hooks.example.com/atlas"), "secret": .secret(SecretValue("s3cr3t"))]),
                projectID: project)
            _ = try await client.create(try IntegrationSettings(.microsoftTeams, ["microsoftTeamsWebhookUrl": .secret(SecretValue("https://x.webhook.office.com/webhookb2/abc"))]), projectID: project)
            _ = try await client.create(
                try IntegrationSettings(.prometheus, ["username": .text("prom_user"), "password": .secret(SecretValue("pw")), "serviceDiscovery": .text("http"), "enabled": .bool(true)]), projectID: project)
            _ = try await client.create(
                try IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue("3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"))]), projectID: project)
            _ = try await client.create(
                try IntegrationSettings(.victorOps, ["apiKey": .secret(SecretValue("6d2f8a1c-3b4e-4f5a-9c7d-2e1f0a9b8c7d")), "routingKey": .text("ops")]),
                projectID: project)
            #expect(Set(try await client.listIntegrations(projectID: project).map(\.type)) == [
                .datadog, .pagerDuty, .webhook, .microsoftTeams, .prometheus, .opsGenie, .victorOps,
            ])

            try await client.delete(.datadog, projectID: project)
            #expect(try await client.integration(.datadog, projectID: project) == nil)
            do {
                try await client.delete(.datadog, projectID: project)
                Issue.record("deleted twice")
            } catch let error as AtlasError {
                #expect(error.status == 404)
                #expect(error.errorCode == "INTEGRATION_NOT_CONFIGURED")
            }
            await client.close()
        }
    }

    @Test func closeRevokesTheServiceAccountToken() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.serviceAccount)
            _ = try await client.listOrganizations()
            await client.close()
            let revokes = sandbox.server.requestLog().filter { $0.path == "/api/oauth/revoke" }
            #expect(revokes.map(\.status) == [200])
        }
    }
}
