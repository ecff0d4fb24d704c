import AtlasAdmin
import AtlasSandbox
import Foundation
import Synchronization
import Testing
import TestSupport

/// An apply killed midway and resumed from its checkpoint file: the file
/// as a `kill -9` leaves it (including a write sent whose answer never
/// came), the secret typed again, and afterwards every project configured
/// as planned with none written twice without a read between. Damaged,
/// foreign and old files are refused with a sentence.
@Suite struct ApplyCheckpointTests {
    /// A transport that dies like the process would: from the `killAt`-th
    /// write on, the request goes out (Atlas handles it) but no answer
    /// comes back, and nothing more is sent; calls end only when cancelled.
    final class KillingTransport: HTTPTransport {
        private let inner = URLSessionTransport()
        private let killAt: Int
        private let state = Mutex((writes: 0, killed: false, inFlight: 0))

        init(killAt: Int) { self.killAt = killAt }

        var killed: Bool { state.withLock { $0.killed } }
        /// Requests handed to the sandbox and not answered yet: once none
        /// are, Atlas has seen everything the dead run sent.
        var inFlight: Int { state.withLock { $0.inFlight } }

        func send(_ request: HTTPRequest) async throws(AtlasError) -> HTTPResponse {
            let isWrite = request.method == .post || request.method == .put
            let goes = state.withLock { state -> Bool in
                guard !state.killed else { return false }
                if isWrite { state.writes += 1 }
                state.inFlight += 1
                return true
            }
            guard goes else { return try await Self.hang() }
            let response: HTTPResponse
            do {
                response = try await inner.send(request)
            } catch {
                state.withLock { $0.inFlight -= 1 }
                throw error
            }
            let dies = state.withLock { state -> Bool in
                state.inFlight -= 1
                if isWrite && state.writes >= killAt { state.killed = true }
                return state.killed
            }
            if dies { return try await Self.hang() }
            return response
        }

        private static func hang() async throws(AtlasError) -> HTTPResponse {
            do {
                try await Task.sleep(for: .seconds(3600))
            } catch {}
            throw .cancelled
        }
    }

    @Test func aKilledApplyResumesToExactlyThePlanWithNoBlindRewrite() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(30))) { sandbox in
            let directory = try TemporaryDirectory()
            let store = ApplyCheckpointStore(directory: directory.url)
            let reader = sandbox.client(.digest)
            let projects = try await reader.listProjects().map { ApplyProject(id: $0.id, name: $0.name) }
            // One project already configured as planned, one with another key.
            let key = "5e1d0c9b8a7f6e5d4c3b2a1908f7a2d9"
            let settings = try ApplySupport.settings(key: key)
            _ = try await reader.create(settings, projectID: projects[0].id)
            _ = try await reader.create(try ApplySupport.settings(key: "00000000000000000000000000000001"),
                                        projectID: projects[1].id)
            sandbox.server.resetRequestLog() // the log from here on is the apply's
            // An earlier create whose answer is lost, resolved in the first run.
            sandbox.server.addFault(FaultRule(
                route: "POST /api/atlas/v2/groups/\(projects[3].id)/integrations/PAGER_DUTY", kind: .resetAfterHandling,
                count: 1))
            let clock = TestClock()
            let reads = try await ApplySupport.readAll(reader, projects.map(\.id), clock: clock)
            var plan = ApplyPlan(settings: settings, projects: projects, reads: reads)
            plan.rewritesSame = false
            #expect(plan.counts == [.create: 28, .update: 1, .same: 1, .cannot: 0])

            // The first run dies at its twelfth write.
            let transport = KillingTransport(killAt: 12)
            let dying = AtlasClient(
                configuration: AtlasClientConfiguration(
                    baseURL: sandbox.baseURL, credentials: SandboxHarness.Scheme.digest.credentials,
                    retryPolicy: SandboxHarness.quickRetries, clock: TestClock(sleepsEndAtOnce: true)),
                transport: transport)
            let first = ApplyRun(
                plan: plan, settings: settings, service: .atlas(dying), clock: ContinuousClock(), maxConcurrent: 4,
                recording: ApplyRecording(baseURL: sandbox.baseURL, who: "k", checkpoints: store), report: { _ in })
            let running = Task { await first.run() }
            try await waitUntil("the twelfth write to be sent") { transport.killed }
            // Writes the dead run had already sent still reach Atlas; a
            // resume reads after they have, as it would after a real kill.
            try await waitUntil("the writes already sent to be answered") { transport.inFlight == 0 }
            let file = store.file(planID: plan.id)
            // What `kill -9` leaves: the file as it is now; nothing after.
            let leftBehind = try Data(contentsOf: file)
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            running.cancel()
            _ = await running.value
            try leftBehind.write(to: file)
            let text = String(decoding: leftBehind, as: UTF8.self)
            #expect(!text.contains(key), "the checkpoint holds the secret")
            #expect(text.contains("a2d9"))

            // Resume: load, the secret typed again, re-read what is unfinished.
            let checkpoint = try store.load(file, baseURL: sandbox.baseURL)
            #expect(checkpoint.projects.contains { $0.outcome == .sending }, "the write whose answer never came")
            #expect(checkpoint.projects.contains { $0.outcome == .applied })
            let mistyped = try ApplySupport.settings(key: "5e1d0c9b8a7f6e5d4c3b2a1908f7a2d0")
            #expect(checkpoint.refusal(of: mistyped)?.contains("does not end in “a2d9”") == true)
            #expect(checkpoint.refusal(of: settings) == nil)
            let writesBefore = sandbox.server.requestLog().filter(ApplySupport.isWrite).count
            let unfinished = checkpoint.unfinished
            #expect(!unfinished.isEmpty && unfinished.count < 28)
            let fresh = try await ApplySupport.readAll(reader, unfinished.map(\.id), clock: clock)
            let (resumed, messages) = ApplyPlan.resuming(checkpoint, reads: fresh)
            #expect(resumed.id == plan.id)
            let plannedAgain = resumed.writtenItems.count
            let second = ApplyRun(
                plan: resumed, settings: settings, service: .atlas(sandbox.client(.digest)), clock: ContinuousClock(),
                maxConcurrent: 4, recording: ApplyRecording(baseURL: sandbox.baseURL, who: "k", checkpoints: store),
                messages: messages, report: { _ in })
            let summary = await second.run()
            #expect(summary.failed.isEmpty && summary.unknown.isEmpty && summary.pending.isEmpty)

            // Exactly the plan, with no write repeated blindly.
            let log = sandbox.server.requestLog()
            #expect(ApplySupport.blindRepeats(log).isEmpty, "\(ApplySupport.blindRepeats(log))")
            let writes = log.filter(ApplySupport.isWrite)
            let resumedWrites = writes.count - writesBefore
            #expect(resumedWrites == plannedAgain, "only what the fresh read showed was needed")
            for project in projects {
                let current = try await reader.integration(.pagerDuty, projectID: project.id)
                #expect(WriteReadBack.holds(plan.expectation, in: current), "\(project.name)")
                let count = writes.filter { ApplySupport.projectID(of: $0) == project.id && $0.status != 0 }.count
                #expect(count <= 1, "\(project.name) written \(count) times")
            }
            #expect(writes.filter { ApplySupport.projectID(of: $0) == projects[0].id }.isEmpty, "the same one was left alone")
            let final = try store.load(file, baseURL: sandbox.baseURL)
            #expect(final.projects.allSatisfy { $0.outcome == .applied })
            let finalAttributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((finalAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            #expect(!(try String(contentsOf: file, encoding: .utf8)).contains(key))
        }
    }

    @Test func damagedForeignAndOldCheckpointsAreRefusedWithASentence() throws {
        let directory = try TemporaryDirectory()
        let store = ApplyCheckpointStore(directory: directory.url)
        let here = try #require(URL(string: "http://127.0.0.1:8080"))
        let plan = ApplyPlan(type: .pagerDuty, expectation: ["region": .text("EU")],
                             items: [.init(project: ApplyProject(id: "a", name: "A"), action: .create)])
        try store.save(ApplyCheckpoint(plan: plan, baseURL: here))
        let good = store.file(planID: plan.id)
        #expect(try store.load(good, baseURL: here).planID == plan.id)

        func refusal(_ file: URL, _ baseURL: URL = here) -> ApplyCheckpointError? {
            do {
                _ = try store.load(file, baseURL: baseURL)
                return nil
            } catch {
                return error
            }
        }
        let other = try #require(URL(string: "https://cloud.mongodb.com"))
        #expect(refusal(good, other)?.kind == .otherBaseURL)
        #expect(refusal(good, other)?.description.contains("https://cloud.mongodb.com") == true)

        let damaged = directory.url.appendingPathComponent("apply-damaged.json")
        let whole = try Data(contentsOf: good)
        try whole.prefix(whole.count / 2).write(to: damaged)
        #expect(refusal(damaged)?.kind == .corrupt)
        #expect(refusal(damaged)?.description.contains("damaged") == true)

        let old = directory.url.appendingPathComponent("apply-old.json")
        let oldText = String(decoding: whole, as: UTF8.self).replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 0")
        #expect(oldText != String(decoding: whole, as: UTF8.self))
        try Data(oldText.utf8).write(to: old)
        #expect(refusal(old)?.kind == .olderFormat)
        #expect(refusal(old)?.description.contains("older version") == true)

        #expect(refusal(directory.url.appendingPathComponent("apply-missing.json"))?.kind == .unreadable)
        #expect(Set(store.files().map(\.lastPathComponent)).isSuperset(of: [good.lastPathComponent]))
    }
}

/// The request-log checks the apply tests rely on catch what they claim to.
@Suite struct ApplyLogCheckTests {
    static func record(_ method: String, _ project: String, status: Int, at milliseconds: Int,
                       suffix: String = "/PAGER_DUTY") -> SandboxRequestRecord {
        SandboxRequestRecord(method: method, path: "/api/atlas/v2/groups/\(project)/integrations\(suffix)", status: status,
                             auth: .digest, receivedAtMilliseconds: milliseconds)
    }

    @Test func aWriteRepeatedWithoutAReadAndARequestInsideRetryAfterAreFound() {
        let blind = [Self.record("POST", "a", status: 500, at: 0), Self.record("POST", "a", status: 200, at: 1)]
        #expect(ApplySupport.blindRepeats(blind) == ["a"])
        let readBetween = [Self.record("POST", "a", status: 500, at: 0), Self.record("GET", "a", status: 200, at: 1),
                           Self.record("POST", "a", status: 200, at: 2)]
        #expect(ApplySupport.blindRepeats(readBetween).isEmpty)
        let afterA429 = [Self.record("POST", "a", status: 429, at: 0), Self.record("POST", "a", status: 200, at: 20_000)]
        #expect(ApplySupport.blindRepeats(afterA429).isEmpty)
        #expect(ApplySupport.earlyRequests(afterA429, retryAfterSeconds: 20).isEmpty)
        let early = [Self.record("POST", "a", status: 429, at: 0), Self.record("GET", "b", status: 200, at: 19_999, suffix: "")]
        #expect(ApplySupport.earlyRequests(early, retryAfterSeconds: 20, bucketRetryAfterSeconds: 20).count == 1)
        // The bucket's own 429 asks for its own wait (a second at this rate).
        #expect(ApplySupport.earlyRequests(early, retryAfterSeconds: 20).isEmpty)
        let soon = [Self.record("POST", "a", status: 429, at: 0), Self.record("GET", "b", status: 200, at: 999, suffix: "")]
        #expect(ApplySupport.earlyRequests(soon, retryAfterSeconds: 20).count == 1)
    }
}
