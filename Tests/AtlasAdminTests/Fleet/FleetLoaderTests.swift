import AtlasAdmin
import Foundation
import Synchronization
import Testing
import TestSupport

/// The fleet loader with scripted answers and a clock the test moves: order,
/// priority, no read twice, 401/403 alone, and a 429 waited out.
@Suite struct FleetLoaderTests {
    /// Answers reads from a script and remembers them.
    final class Script: Sendable {
        private struct State {
            var answers: [String: [Result<FleetRead, AtlasError>]] = [:]
            var calls: [String] = []
            var events: [FleetLoader<TestClock>.Event] = []
        }

        private let state = Mutex(State())

        func answer(_ projectID: String, _ results: Result<FleetRead, AtlasError>...) {
            state.withLock { $0.answers[projectID, default: []] += results }
        }

        func read(_ projectID: String) throws(AtlasError) -> FleetRead {
            let next = state.withLock { state -> Result<FleetRead, AtlasError>? in
                state.calls.append(projectID)
                return state.answers[projectID]?.isEmpty == false ? state.answers[projectID]?.removeFirst() : nil
            }
            return try (next ?? .success(FleetRead(integrations: []))).get()
        }

        func record(_ event: FleetLoader<TestClock>.Event) { state.withLock { $0.events.append(event) } }
        var callList: [String] { state.withLock { $0.calls } }
        var eventList: [FleetLoader<TestClock>.Event] { state.withLock { $0.events } }
        var readIDs: [String] {
            eventList.compactMap { if case .read(_, let id, _) = $0 { id } else { nil } }
        }
    }

    static func loader(_ script: Script, clock: TestClock, concurrency: Int = 1) -> FleetLoader<TestClock> {
        FleetLoader(
            clock: clock, maxConcurrent: concurrency,
            read: { projectID throws(AtlasError) in try script.read(projectID) },
            report: { script.record($0) })
    }

    static func rateLimited(retryAfter: Int?) -> AtlasError {
        .api(APIErrorDetail(status: 429, errorCode: "RATE_LIMITED_TOKEN_BUCKET", retryAfter: retryAfter))
    }

    /// Waits (briefly, in real time) until the loader has caught up.
    static func until(_ description: String, _ condition: () -> Bool) async throws {
        for _ in 0..<2_000 {
            if condition() { return }
            try await Task.sleep(for: .milliseconds(1))
        }
        Issue.record("gave up waiting for \(description)")
    }

    @Test func everyProjectIsReadOnceInTheOrderAskedAndReported() async throws {
        let script = Script()
        let projects = (1...5).map { "p\($0)" }
        let loader = Self.loader(script, clock: TestClock(), concurrency: 1)
        await loader.load(projects, tag: 7)
        await loader.idle()
        #expect(script.callList == projects)
        #expect(script.readIDs == projects)
        #expect(script.eventList.last == .finished(tag: 7))
    }

    @Test func aLaterLoadGoesFirstAndAQueuedProjectMovesUpInsteadOfBeingReadTwice() async throws {
        let script = Script()
        let clock = TestClock()
        // p1 answers only after a 429's wait, so the rest stay queued meanwhile.
        script.answer("p1", .failure(Self.rateLimited(retryAfter: 5)))
        let loader = Self.loader(script, clock: clock, concurrency: 1)
        await loader.load(["p1", "p2", "p3", "p4"], tag: 1)
        try await Self.until("the 429's wait") { clock.nextDeadline == .seconds(5) }
        await loader.load(["p4", "p9"], tag: 2)
        clock.advance(by: .seconds(5))
        await loader.idle()
        // The later load first, then p1 again (it was refused), then the rest.
        #expect(script.callList == ["p1", "p4", "p9", "p1", "p2", "p3"])
        let tags = script.eventList.compactMap { event -> String? in
            if case .read(let tag, let id, _) = event { return "\(id):\(tag)" }
            return nil
        }
        #expect(tags == ["p4:2", "p9:2", "p1:1", "p2:1", "p3:1"])
        #expect(script.eventList.filter { $0 == .finished(tag: 1) || $0 == .finished(tag: 2) }.count == 2)
    }

    @Test func noRequestStartsBeforeRetryAfterHasPassed() async throws {
        let script = Script()
        let clock = TestClock()
        script.answer("a", .failure(Self.rateLimited(retryAfter: 30)))
        let loader = Self.loader(script, clock: clock, concurrency: 1)
        await loader.load(["a", "b", "c"], tag: 1)
        // Once nothing is in flight and the loader sleeps until 30 s, only
        // the clock can start another request.
        try await waitUntil("the loader to wait 30 s with nothing in flight") {
            let inFlight = await loader.inFlight
            return inFlight == 0 && clock.pendingSleepers == 1 && clock.nextDeadline == .seconds(30)
        }
        #expect(script.eventList.contains(.waiting(tag: 1, .seconds(30))))
        clock.advance(by: .seconds(29))
        #expect(clock.pendingSleepers == 1 && clock.nextDeadline == .seconds(30), "29 s did not end the wait")
        #expect(await loader.inFlight == 0)
        #expect(script.callList == ["a"], "nothing was sent during the wait")
        clock.advance(by: .seconds(1))
        await loader.idle()
        #expect(script.callList == ["a", "a", "b", "c"])
        #expect(script.readIDs == ["a", "b", "c"])
    }

    @Test func aForbiddenProjectFailsAloneAndTheRestGoOn() async throws {
        let script = Script()
        let forbidden = AtlasError.api(APIErrorDetail(status: 403, errorCode: "RESOURCE_REQUIRES_WHITELIST"))
        script.answer("b", .failure(forbidden))
        let loader = Self.loader(script, clock: TestClock(), concurrency: 3)
        await loader.load(["a", "b", "c", "d"], tag: 1)
        await loader.idle()
        let results = Dictionary(uniqueKeysWithValues: script.eventList.compactMap { event -> (String, Bool)? in
            if case .read(_, let id, let result) = event { return (id, (try? result.get()) != nil) }
            return nil
        })
        #expect(results == ["a": true, "b": false, "c": true, "d": true])
        #expect(script.callList.filter { $0 == "b" }.count == 1, "a 403 is not retried")
    }

    @Test func aProjectRefusedTooOftenIsReportedWithThe429() async throws {
        let script = Script()
        let clock = TestClock()
        let attempts = FleetLoader<TestClock>.maxRateLimitedAttempts
        for _ in 0..<attempts { script.answer("a", .failure(Self.rateLimited(retryAfter: 1))) }
        let loader = Self.loader(script, clock: clock)
        await loader.load(["a"], tag: 1)
        for attempt in 1..<attempts {
            try await Self.until("wait \(attempt)") { clock.pendingSleepers == 1 }
            clock.advance(by: .seconds(1))
        }
        await loader.idle()
        #expect(script.callList.count == attempts)
        guard case .read(_, _, .failure(let error))? = script.eventList.first(where: {
            if case .read = $0 { true } else { false }
        }) else {
            Issue.record("no failure reported: \(script.eventList)")
            return
        }
        #expect(error.status == 429)
    }

    @Test func aCancelledTagIsForgotten() async throws {
        let script = Script()
        let clock = TestClock()
        script.answer("a", .failure(Self.rateLimited(retryAfter: 10)))
        let loader = Self.loader(script, clock: clock)
        await loader.load(["a", "b"], tag: 1)
        await loader.load(["x"], tag: 2)
        try await Self.until("the wait") { clock.nextDeadline != nil }
        await loader.cancel(tag: 1)
        clock.advance(by: .seconds(10))
        await loader.idle()
        #expect(!script.callList.contains("b"))
        #expect(script.readIDs == ["x"])
        #expect(!script.eventList.contains(.finished(tag: 1)))
    }
}
