import AtlasAdmin
import AtlasSandbox
import Foundation
import Synchronization
import Testing
import TestSupport

/// Applying PagerDuty to many projects against the sandbox over loopback,
/// with time on a test clock shared by the sandbox's token bucket and the
/// run: 5 % of creates answered 500, one create applied and its answer
/// lost, a burst of 429s and a real rate limit. Afterwards Atlas holds
/// exactly the plan, the request log shows no write repeated without a
/// read between and nothing sent before a Retry-After expired, and the
/// audit log has one line per write and no secret.
@Suite struct ApplyRunSandboxTests {
    /// Every project of the sandbox, the PagerDuty settings of the tests,
    /// and the plan from a fresh read of them all.
    static func planForEveryProject(
        _ client: AtlasClient, clock: TestClock
    ) async throws -> (projects: [ApplyProject], settings: IntegrationSettings, plan: ApplyPlan) {
        let projects = try await client.listProjects().map { ApplyProject(id: $0.id, name: $0.name) }
        let settings = try ApplySupport.settings()
        let reads = try await ApplySupport.readAll(client, projects.map(\.id), clock: clock)
        return (projects, settings, ApplyPlan(settings: settings, projects: projects, reads: reads))
    }

    @Test func twoHundredProjectsEndExactlyAsPlannedThroughFaultsAndRateLimits() async throws {
        let clock = TestClock()
        let configuration = SandboxConfiguration(
            seed: .large(200), rateLimit: 120,
            faults: [
                FaultRule(route: "POST \(ApplySupport.writeRoute)", kind: .rateLimited(retryAfter: 20), count: 4),
                FaultRule(route: "POST \(ApplySupport.writeRoute)", kind: .status(500), every: 20),
            ],
            clock: clock)
        try await SandboxHarness.with(configuration) { sandbox in
            let directory = try TemporaryDirectory()
            let client = sandbox.client(.digest)
            let projects = try await client.listProjects().map { ApplyProject(id: $0.id, name: $0.name) }
            #expect(projects.count == 200)
            // Every create of this project is applied and its answer lost
            // (every one: a 429 or 500 hitting the same request would
            // otherwise use the fault up before anything was applied).
            let lost = projects[6].id
            sandbox.server.addFault(FaultRule(
                route: "POST /api/atlas/v2/groups/\(lost)/integrations/PAGER_DUTY", kind: .resetAfterHandling))
            let settings = try ApplySupport.settings()
            let reads = try await ApplySupport.readAll(client, projects.map(\.id), clock: clock)
            let plan = ApplyPlan(settings: settings, projects: projects, reads: reads)
            #expect(plan.counts[.create] == 200 && plan.confirmationCount == 200)

            let audit = AuditLog(file: directory.url.appendingPathComponent("audit.jsonl"))
            let store = ApplyCheckpointStore(directory: directory.url)
            let events = ApplySupport.Events()
            let run = ApplyRun(
                plan: plan, settings: settings, service: .atlas(client), clock: clock, maxConcurrent: 6,
                recording: ApplyRecording(baseURL: sandbox.baseURL, who: SandboxAPIKey.demo.publicKey,
                                          checkpoints: store, audit: audit),
                report: { events.record($0) })
            let summary = try await ApplySupport.driving(clock, inFlight: { await run.inFlight }) { await run.run() }
            #expect(summary.applied.count == 200, "failed: \(summary.failed), unknown: \(summary.unknown)")
            #expect(summary.failed.isEmpty && summary.unknown.isEmpty && summary.pending.isEmpty && summary.halt == nil)
            #expect(events.list.contains(.rateLimited(.seconds(20))))

            let log = sandbox.server.requestLog().filter { !$0.path.hasPrefix("/api/oauth/") }
            let writes = log.filter(ApplySupport.isWrite)
            #expect(writes.filter { $0.status == 429 && $0.fault != nil }.count == 4, "the burst")
            #expect(writes.filter { $0.status == 500 }.count >= 10, "5 % of the creates")
            // The pacer takes each answer's RateLimit-Remaining as it comes; on a
            // loaded machine answers are taken out of the order Atlas counted
            // them, and the estimate can run a token ahead: Atlas then answers
            // 429, which is waited out and resent like any other (checked
            // below). It stays a small share: 1 to 4 seen in full runs on two cores.
            #expect(log.filter { $0.status == 429 && $0.fault == nil }.count <= 20, "the token bucket was followed")
            #expect(ApplySupport.blindRepeats(log).isEmpty, "written again without a read: \(ApplySupport.blindRepeats(log))")
            #expect(ApplySupport.earlyRequests(log, retryAfterSeconds: 20).isEmpty, "sent before Retry-After expired")
            // The create whose answer was lost was read back, not sent again.
            let lostWrites = writes.filter { ApplySupport.projectID(of: $0) == lost }
            #expect(lostWrites.filter { $0.status == 0 }.count == 1 && lostWrites.last?.status == 0, "\(lostWrites)")

            // Atlas holds exactly the plan.
            let after = try await ApplySupport.readAll(client, projects.map(\.id), clock: clock)
            for project in projects {
                let integrations = try #require(try after[project.id]?.get())
                let pagerDuty = integrations.first { $0.type == .pagerDuty }
                #expect(WriteReadBack.holds(plan.expectation, in: pagerDuty), "\(project.name)")
                #expect(integrations.count == 1)
            }

            // One audit line per write sent, in the same order per project, and no secret.
            let (records, unreadable) = try audit.read()
            #expect(unreadable == 0)
            #expect(records.count == writes.count)
            for project in projects {
                let logged = writes.filter { ApplySupport.projectID(of: $0) == project.id }.map { $0.method == "POST" ? "create" : "update" }
                let audited = records.filter { $0.projectID == project.id }.map(\.action.rawValue)
                #expect(logged == audited, "\(project.name)")
            }
            #expect(records.allSatisfy { $0.secretTails == ["serviceKey": "a2d9"] && $0.who == SandboxAPIKey.demo.publicKey })
            let auditText = try String(contentsOf: audit.file, encoding: .utf8)
            #expect(!auditText.contains("5e1d0c9b8a7f6e5d4c3b2a1908f7a2d9"))
            let checkpoint = try store.load(store.file(planID: plan.id), baseURL: sandbox.baseURL)
            #expect(checkpoint.projects.allSatisfy { $0.outcome == .applied })
        }
    }

    @Test func aKeyThatLosesWriteAccessStopsTheRunAndKeepsTheRestPlanned() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(20))) { sandbox in
            let clock = TestClock()
            let client = sandbox.client(.digest)
            let (_, settings, plan) = try await Self.planForEveryProject(client, clock: clock)
            let events = ApplySupport.Events()
            let run = ApplyRun(plan: plan, settings: settings, service: .atlas(sandbox.client(SandboxHarness.readOnlyKey)),
                               clock: clock, maxConcurrent: 3, report: { events.record($0) })
            let summary = try await ApplySupport.driving(clock, inFlight: { await run.inFlight }) { await run.run() }
            #expect(summary.halt?.contains("no longer lets this key write") == true, "\(String(describing: summary.halt))")
            #expect(summary.applied.isEmpty && summary.failed.isEmpty)
            #expect(summary.pending.count == 20, "every project stays planned")
            let writes = sandbox.server.requestLog().filter(ApplySupport.isWrite)
            #expect(!writes.isEmpty && writes.count <= 3, "no write started after the first refusal: \(writes.count)")
            #expect(events.list.filter { if case .halted = $0 { true } else { false } }.count == 1)
        }
    }

    /// A marked project gone meanwhile (Atlas answers its write 404): that
    /// project fails with Atlas's words, once, and the others are applied.
    @Test func aProjectGoneMeanwhileFailsAloneAndTheRestAreApplied() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(5))) { sandbox in
            let clock = TestClock()
            let client = sandbox.client(.digest)
            let (projects, settings, plan) = try await Self.planForEveryProject(client, clock: clock)
            let gone = projects[2]
            sandbox.server.addFault(FaultRule(
                route: "POST /api/atlas/v2/groups/\(gone.id)/integrations/PAGER_DUTY", kind: .status(404)))
            let run = ApplyRun(plan: plan, settings: settings, service: .atlas(client), clock: clock, report: { _ in })
            let summary = try await ApplySupport.driving(clock, inFlight: { await run.inFlight }) { await run.run() }
            #expect(summary.halt == nil)
            #expect(summary.failed == [gone])
            #expect(Set(summary.applied) == Set(projects.filter { $0 != gone }))
            let goneWrites = sandbox.server.requestLog().filter(ApplySupport.isWrite).filter { ApplySupport.projectID(of: $0) == gone.id }
            #expect(goneWrites.count == 1, "a refusal is not sent again")
        }
    }

    /// Atlas goes away mid-apply and comes back (the sandbox stopped, then
    /// started again on its port from its state file): the writes of the
    /// outage fail or stay unknown, nothing is guessed, and `r` (retry,
    /// each read first) ends with every project exactly as planned.
    @Test func atlasGoneAndBackMidApplyEndsExactlyAsPlannedAfterARetry() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let stateFile = directory.file("atlas.json")
        let first = try AtlasSandboxServer(configuration: SandboxConfiguration(
            seed: .large(30), stateFile: stateFile,
            faults: [FaultRule(route: "POST \(ApplySupport.writeRoute)", kind: .latency(milliseconds: 40))]))
        let url = try await first.start()
        let port = try #require(url.port)
        let client = AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: url, credentials: SandboxHarness.Scheme.digest.credentials, requestTimeout: .seconds(10),
            retryPolicy: SandboxHarness.quickRetries, clock: TestClock(sleepsEndAtOnce: true)))
        let projects = try await client.listProjects().map { ApplyProject(id: $0.id, name: $0.name) }
        let settings = try ApplySupport.settings()
        func readAll() async -> [String: Result<[Integration], AtlasError>] {
            await FleetLoader<ContinuousClock>.readAll(projects.map(\.id), clock: ContinuousClock()) {
                projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID)
            }
        }
        let plan = ApplyPlan(settings: settings, projects: projects, reads: await readAll())
        let applied = Mutex(0), refused = Mutex(0)
        let run = ApplyRun(plan: plan, settings: settings, service: .atlas(client), clock: ContinuousClock(),
                           maxConcurrent: 3, report: { event in
                               switch event {
                               case .project(_, .applied): applied.withLock { $0 += 1 }
                               case .project(_, .failed), .project(_, .unknown): refused.withLock { $0 += 1 }
                               default: break
                               }
                           })
        let running = Task { await run.run() }
        try await waitUntil("a few writes applied") { applied.withLock { $0 } >= 5 }
        await first.stop(grace: 0)
        // Atlas is away long enough for a write to find it gone.
        try await waitUntil("a write to fail while Atlas is away") { refused.withLock { $0 } >= 1 }
        let second = try AtlasSandboxServer(configuration: SandboxConfiguration(
            port: UInt16(port), seed: .large(30), stateFile: stateFile))
        _ = try await second.start()
        let during = await running.value
        #expect(!(during.failed.isEmpty && during.unknown.isEmpty), "the outage left writes to settle")
        let summary = await run.retryFailed()
        #expect(summary.applied.count == 30, "failed \(summary.failed), unknown \(summary.unknown)")
        let after = await readAll()
        for project in projects {
            let pagerDuty = try #require(try after[project.id]?.get()).first { $0.type == .pagerDuty }
            #expect(WriteReadBack.holds(plan.expectation, in: pagerDuty), "\(project.name)")
        }
        #expect(ApplySupport.blindRepeats(second.requestLog()).isEmpty, "written again without a read after the restart")
        await second.stop(grace: 0)
    }

    @Test func anAuditLogThatCannotBeWrittenSendsNoWrite() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(3))) { sandbox in
            let directory = try TemporaryDirectory()
            // A directory where the log's file should be: it cannot be opened for appending.
            let blocked = directory.url.appendingPathComponent("audit.jsonl")
            try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
            let clock = TestClock()
            let client = sandbox.client(.digest)
            let (_, settings, plan) = try await Self.planForEveryProject(client, clock: clock)
            let run = ApplyRun(
                plan: plan, settings: settings, service: .atlas(client), clock: clock,
                recording: ApplyRecording(baseURL: sandbox.baseURL, who: "k", audit: AuditLog(file: blocked)),
                report: { _ in })
            let summary = await run.run()
            #expect(summary.halt?.contains("audit log") == true)
            #expect(summary.pending.count == 3)
            #expect(sandbox.server.requestLog().filter(ApplySupport.isWrite).isEmpty)
        }
    }
}
