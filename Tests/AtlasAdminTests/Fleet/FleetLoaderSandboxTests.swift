import AtlasAdmin
import AtlasSandbox
import Foundation
import Synchronization
import Testing
import TestSupport

/// The fleet loader against the sandbox over loopback: one request per
/// project, what Atlas holds, a 403 project alone, a 429's Retry-After
/// waited out on the clock (the sandbox's log shows nothing sent meanwhile),
/// and a real token bucket followed without being emptied.
@Suite struct FleetLoaderSandboxTests {
    static let listRoute = "GET /api/atlas/v2/groups/*/integrations"

    /// The reads a loader reported, by project.
    final class Collected: Sendable {
        private struct State {
            var reads: [String: Result<[Integration], AtlasError>] = [:]
            var waits: [Duration] = []
        }

        private let state = Mutex(State())

        func record(_ event: FleetLoader<some Clock>.Event) {
            state.withLock { state in
                switch event {
                case .read(_, let id, let result): state.reads[id] = result
                case .waiting(_, let duration): state.waits.append(duration)
                case .finished: break
                }
            }
        }

        var all: [String: Result<[Integration], AtlasError>] { state.withLock { $0.reads } }
        var waited: [Duration] { state.withLock { $0.waits } }
    }

    static func loader<C: Clock>(
        _ client: AtlasClient, clock: C, concurrency: Int = 6, into collected: Collected
    ) -> FleetLoader<C> where C.Duration == Duration {
        FleetLoader(
            clock: clock, maxConcurrent: concurrency,
            read: { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) },
            report: { collected.record($0) })
    }

    static func integrationReads(_ sandbox: SandboxHarness) -> [SandboxRequestRecord] {
        sandbox.apiRequests.filter { $0.path.hasSuffix("/integrations") && $0.auth != .none }
    }

    @Test func everyDemoProjectIsOneRequestAndMatchesWhatAtlasHolds() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let projects = DemoSeed.projects.map(\.id)
            let collected = Collected()
            let loader = Self.loader(client, clock: ContinuousClock(), into: collected)
            await loader.load(projects, tag: 1)
            await loader.idle()
            let reads = Self.integrationReads(sandbox)
            #expect(reads.count == projects.count)
            #expect(Set(reads.map(\.path)) == Set(projects.map { "/api/atlas/v2/groups/\($0)/integrations" }))
            #expect(reads.allSatisfy { $0.query.contains("itemsPerPage=100") })
            for project in projects {
                let expected = try await client.listIntegrations(projectID: project)
                let got = try #require(try collected.all[project]?.get())
                #expect(Set(got) == Set(expected), "project \(project)")
            }
            let storefront = try #require(try collected.all[DemoSeed.storefrontProjectID]?.get())
            #expect(storefront.first { $0.type == .datadog }?.masked("apiKey")?.short == "****f024")
        }
    }

    @Test func aForbiddenProjectFailsAloneWhileTheOthersAreRead() async throws {
        try await SandboxHarness.with { sandbox in
            let forbidden = DemoSeed.paymentsProjectID
            sandbox.server.addFault(FaultRule(
                route: "GET /api/atlas/v2/groups/\(forbidden)/integrations", kind: .status(403)))
            let collected = Collected()
            let loader = Self.loader(sandbox.client(.serviceAccount), clock: ContinuousClock(), into: collected)
            await loader.load(DemoSeed.projects.map(\.id), tag: 1)
            await loader.idle()
            let reads = collected.all
            #expect(reads.count == DemoSeed.projects.count)
            guard case .failure(let error)? = reads[forbidden] else {
                Issue.record("the 403 project was not reported failed")
                return
            }
            #expect(error.status == 403)
            #expect(error.errorCode == "RESOURCE_REQUIRES_WHITELIST")
            #expect(reads.filter { (try? $0.value.get()) != nil }.count == DemoSeed.projects.count - 1)
        }
    }

    @Test func aRetryAfterIsWaitedOutOnTheClockWithNothingSentMeanwhile() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            _ = try await client.listOrganizations() // a warm Digest nonce
            let projects = Array(DemoSeed.projects.prefix(8).map(\.id))
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .rateLimited(retryAfter: 40), count: 3))
            let clock = TestClock()
            let collected = Collected()
            let loader = Self.loader(client, clock: clock, concurrency: 3, into: collected)
            await loader.load(projects, tag: 1)
            // Whatever was in flight when the first 429 came has been
            // answered, and the loader sleeps until Retry-After has passed:
            // from here only the clock can start another request.
            try await waitUntil("the loader to wait out Retry-After with nothing in flight") {
                let inFlight = await loader.inFlight
                return inFlight == 0 && clock.pendingSleepers == 1 && clock.nextDeadline == .seconds(40)
            }
            let duringWait = Self.integrationReads(sandbox)
            #expect(duringWait.count == 3, "only the first three went out: \(duringWait.map(\.status))")
            #expect(duringWait.filter { $0.status == 429 }.count == 3)
            #expect(collected.waited.contains(.seconds(40)))
            clock.advance(by: .seconds(39))
            #expect(clock.pendingSleepers == 1 && clock.nextDeadline == .seconds(40), "39 s did not end the wait")
            #expect(await loader.inFlight == 0)
            #expect(Self.integrationReads(sandbox).count == 3, "nothing sent before Retry-After expired")
            clock.advance(by: .seconds(1))
            await loader.idle()
            let after = Self.integrationReads(sandbox)
            #expect(after.count == projects.count + 3)
            #expect(after.dropFirst(3).allSatisfy { $0.status == 200 })
            #expect(collected.all.values.allSatisfy { (try? $0.get()) != nil })
        }
    }

    /// 650 projects against a bucket of 600 a minute (10 a second): the
    /// first 600 at once, the other 50 at the refill rate, and no 429.
    @Test func aRealTokenBucketIsFollowedWithoutBeingEmptied() async throws {
        let configuration = SandboxConfiguration(seed: .large(650), rateLimit: 600)
        try await SandboxHarness.with(configuration) { sandbox in
            let client = sandbox.client(.digest)
            let projects = try await client.listProjects().map(\.id)
            sandbox.server.resetRequestLog()
            let collected = Collected()
            let loader = Self.loader(client, clock: ContinuousClock(), into: collected)
            let started = ContinuousClock.now
            await loader.load(projects, tag: 1)
            await loader.idle()
            let elapsed = ContinuousClock.now - started
            let reads = Self.integrationReads(sandbox)
            let limited = reads.filter { $0.status == 429 }.count
            #expect(limited == 0, "\(limited) requests were refused with 429")
            #expect(collected.all.count == projects.count)
            #expect(collected.all.values.allSatisfy { (try? $0.get()) != nil })
            // The bucket's bound: what was left of 600, then 10 a second.
            let spent = sandbox.server.requestLog().count
            #expect(elapsed >= .seconds(Double(max(spent - 600, 0)) / 10 - 1), "faster than the bucket allows: \(elapsed)")
        }
    }
}
