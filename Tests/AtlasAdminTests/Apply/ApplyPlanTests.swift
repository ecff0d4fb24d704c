import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

/// The plan of applying one integration to many projects, from a fresh
/// read of the demo seed over loopback: which projects get a create, an
/// update (and what differs), nothing Atlas would show, or cannot be
/// written, and what the operator types to confirm.
@Suite struct ApplyPlanTests {
    static func pagerDuty(_ key: String, region: String = "US") throws -> IntegrationSettings {
        try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(key)), "region": .text(region)])
    }

    static func projects(_ ids: [String]) -> [ApplyProject] {
        ids.map { id in ApplyProject(id: id, name: DemoSeed.projects.first { $0.id == id }?.name ?? id) }
    }

    static func reads(_ client: AtlasClient, _ projects: [ApplyProject]) async -> [String: Result<[Integration], AtlasError>] {
        await FleetLoader.readAll(projects.map(\.id), clock: ContinuousClock()) { id throws(AtlasError) in
            try await client.fleetRead(projectID: id)
        }
    }

    @Test func createUpdateSameAndCannotFromAFreshRead() async throws {
        try await SandboxHarness.with { sandbox in
            let unreadable = DemoSeed.storefrontProjectID
            sandbox.server.addFault(FaultRule(route: "GET /api/atlas/v2/groups/\(unreadable)/integrations", kind: .status(403)))
            let client = sandbox.client(.digest)
            let projects = Self.projects([
                DemoSeed.paymentsProjectID, DemoSeed.emptyProjectID, DemoSeed.webhookProjectID, unreadable,
            ])
            let reads = await Self.reads(client, projects)

            // The key Atlas holds, region US: nothing a read would show differs.
            let same = ApplyPlan(settings: try Self.pagerDuty(DemoSeed.pagerDutyServiceKey), projects: projects, reads: reads)
            #expect(same.items.map(\.action.kind) == [.same, .create, .create, .cannot])
            #expect(same.counts == [.create: 2, .update: 0, .same: 1, .cannot: 1])
            #expect(same.confirmationCount == 2)
            #expect(same.isConfirmed(by: " 2 ") && !same.isConfirmed(by: "3") && !same.isConfirmed(by: "two"))
            guard case .cannot(.unreadable(let message, let status)) = same.items[3].action else {
                Issue.record("the unreadable project is not refused: \(same.items[3].action)")
                return
            }
            #expect(status == 403)
            #expect(!message.isEmpty && !message.contains("\n"))
            var rewriting = same
            rewriting.rewritesSame = true
            #expect(rewriting.confirmationCount == 3)

            // Another key and region: both show as differences, masked by tail.
            let other = "0123456789abcdef0123456789abcd42"
            let update = ApplyPlan(settings: try Self.pagerDuty(other, region: "EU"), projects: projects, reads: reads)
            guard case .update(let differences) = update.items[0].action else {
                Issue.record("not an update: \(update.items[0].action)")
                return
            }
            #expect(differences.map(\.field) == ["serviceKey", "region"])
            #expect(differences[0].shown == .maskedTail("e8f9") && differences[0].planned == .maskedTail("cd42"))
            #expect(differences[1].shown == .text("US") && differences[1].planned == .text("EU"))
            #expect(update.counts == [.create: 2, .update: 1, .same: 0, .cannot: 1])
            #expect(update.confirmationCount == 3)
            // No secret in the plan, only its tail.
            #expect(!String(describing: update).contains(other))
        }
    }

    @Test func readOnlyAndAnUnwritableTypeRefuseEveryProject() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(5))) { sandbox in
            let client = sandbox.client(.digest)
            let projects = try await client.listProjects().map { ApplyProject(id: $0.id, name: $0.name) }
            let reads = await Self.reads(client, projects)
            let fresh = ApplyPlan(settings: try Self.pagerDuty(DemoSeed.pagerDutyServiceKey), projects: projects, reads: reads)
            #expect(fresh.counts[.create] == 5, "the large seed has no integrations")
            let readOnly = ApplyPlan(
                settings: try Self.pagerDuty(DemoSeed.pagerDutyServiceKey), projects: projects, reads: reads, readOnly: true)
            #expect(readOnly.counts[.cannot] == 5 && readOnly.confirmationCount == 0)
            #expect(!readOnly.isConfirmed(by: "0"))
            #expect(readOnly.items.allSatisfy { $0.action == .cannot(.readOnly) })
            let legacy = ApplyPlan.refusing(.newRelic, projects: projects)
            #expect(legacy.counts[.cannot] == 5)
            guard case .cannot(.typeNotWritable(let reason)) = legacy.items[0].action else {
                Issue.record("New Relic is not refused as unwritable")
                return
            }
            #expect(!reason.isEmpty)
            #expect(throws: SettingsRefusal.self) { try IntegrationSettings(.newRelic, ["licenseKey": .text("x")]) }
        }
    }
}
