import AtlasAdmin
import AtlasIntegrationsRuntime
import AtlasSandbox
import Foundation
import IntegrationsUI
import Synchronization
import TestSupport
import Testing

/// The `matrix` command's run against a sandbox over loopback: the projects
/// of the organization chosen, every read stamped with the time given, the
/// progress as reads arrive, and a project that cannot be read as a failed
/// cell rather than a failed run.
@Suite struct MatrixRunTests {
    static let readAt = Date(timeIntervalSince1970: 1_800_000_000)
    static let sakura = "5e1c0a0f3b2d4c5e6f708103"

    /// What the progress callback was told, in order.
    final class Progress: Sendable {
        private let seen = Mutex<[MatrixProgress]>([])
        func record(_ progress: MatrixProgress) { seen.withLock { $0.append(progress) } }
        var all: [MatrixProgress] { seen.withLock { $0 } }
    }

    static func withSandbox(_ body: (AtlasSandboxServer, AtlasClient) async throws -> Void) async throws {
        let server = try AtlasSandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let client = EffectRunnerTests.client(url)
        do {
            try await body(server, client)
        } catch {
            await client.close()
            await server.stop()
            throw error
        }
        await client.close()
        await server.stop()
    }

    @Test func theOrganizationNamedIsReadProjectByProjectAtTheTimeGiven() async throws {
        try await Self.withSandbox { _, client in
            let progress = Progress()
            let run = MatrixRun(
                organization: "sakura-fintech", now: { Self.readAt }, progress: progress.record)
            let matrix = try await run.run(client, clock: TestClock(sleepsEndAtOnce: true)).get()
            let expected = DemoSeed.projects.filter { $0.orgID == Self.sakura }.map(\.id)
            #expect(Set(matrix.projects.map(\.id)) == Set(expected))
            #expect(matrix.projects.allSatisfy { $0.organization == "Sakura-Fintech" })
            for id in expected {
                #expect(matrix.read(id)?.readAt == Self.readAt, "project \(id)")
            }
            let payments = try #require(matrix.read(DemoSeed.paymentsProjectID)?.integrations)
            #expect(Set(payments.map(\.type)).isSuperset(of: [.pagerDuty, .opsGenie]))
            #expect(progress.all.count == expected.count, "told once per project read")
            #expect(progress.all.last == MatrixProgress(total: expected.count, read: expected.count, failed: 0))
        }
    }

    @Test func theMissingFilterLeavesOnlyProjectsWithoutTheType() async throws {
        try await Self.withSandbox { _, client in
            let run = MatrixRun(organization: Self.sakura, columnFilter: .missing(.pagerDuty), now: { Self.readAt })
            let matrix = try await run.run(client).get()
            let shown = Set(matrix.visibleRows.map { matrix.projects[$0].id })
            #expect(!shown.isEmpty)
            #expect(!shown.contains(DemoSeed.paymentsProjectID), "it has PagerDuty")
            for id in shown {
                #expect(matrix.read(id)?.integrations?.contains { $0.type == .pagerDuty } == false)
            }
        }
    }

    @Test func aProjectThatCannotBeReadIsAFailedCellAndTheRestAreRead() async throws {
        try await Self.withSandbox { server, client in
            server.addFault(FaultRule(
                route: "GET /api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)/integrations", kind: .status(403)))
            let progress = Progress()
            let matrix = try await MatrixRun(organization: Self.sakura, progress: progress.record).run(client).get()
            #expect(matrix.read(DemoSeed.paymentsProjectID)?.failure?.status == 403)
            let total = DemoSeed.projects.filter { $0.orgID == Self.sakura }.count
            #expect(matrix.progress == MatrixProgress(total: total, read: total - 1, failed: 1))
            #expect(progress.all.last == matrix.progress)
        }
    }

    @Test func anOrganizationNoneHasFailsTheRunBeforeAnyRead() async throws {
        try await Self.withSandbox { server, client in
            let progress = Progress()
            let outcome = await MatrixRun(organization: "Nobody-GmbH", progress: progress.record).run(client)
            guard case .failure(.invalidInput(field: "org", let message)) = outcome else {
                Issue.record("not refused: \(outcome)")
                return
            }
            #expect(message.contains("\"Nobody-GmbH\""))
            #expect(progress.all.isEmpty)
            #expect(!server.requestLog().contains { $0.path.hasSuffix("/integrations") })
        }
    }
}
