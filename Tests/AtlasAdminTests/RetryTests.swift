import Foundation
import Synchronization
import TestSupport
import Testing
@testable import AtlasAdmin
import TestSupport

/// Which failures are tried again, how often, and which never are.
@Suite struct RetryTests {
    static let projectID = "6a79404f2c88faeba59beea6"

    /// Fails the first `failures` requests with `failure`, then succeeds.
    static func flaky(_ failures: Int, _ failure: @escaping @Sendable () throws(AtlasError) -> HTTPResponse) -> ScriptedTransport {
        let count = Mutex(0)
        return ScriptedTransport { request throws(AtlasError) in
            let number = count.withLock { value -> Int in
                value += 1
                return value
            }
            if number <= failures { return try failure() }
            let body = request.method == .get ? #"{"results":[]}"# : RecordedBodies.createWebhookPage
            return HTTPResponse(status: 200, body: Data(body.utf8))
        }
    }

    @Test(arguments: [500, 502, 503, 504])
    func getsAreRetriedOnServerErrors(status: Int) async throws {
        let transport = Self.flaky(2) { HTTPResponse(status: status, body: Data("<html>busy</html>".utf8)) }
        let clock = TestClock(sleepsEndAtOnce: true)
        let list = try await AtlasClient.scripted(transport, clock: clock).listIntegrations(projectID: Self.projectID)
        #expect(list.isEmpty)
        #expect(transport.requests.count == 3)
        // The default policy's jittered backoff: 250–500 ms, then 500 ms–1 s.
        let waits = clock.sleeps
        #expect(waits.count == 2)
        #expect(waits.first.map { (Duration.milliseconds(250) ... .milliseconds(500)).contains($0) } == true, "\(waits)")
        #expect(waits.last.map { (Duration.milliseconds(500) ... .seconds(1)).contains($0) } == true, "\(waits)")
    }

    @Test func retriesStopAfterTheLastAttempt() async {
        let transport = Self.flaky(10) { HTTPResponse(status: 503) }
        await #expect(throws: AtlasError.self) {
            _ = try await AtlasClient.scripted(transport).listIntegrations(projectID: Self.projectID)
        }
        #expect(transport.requests.count == RetryPolicy.default.maxAttempts)
    }

    @Test(arguments: [500, 502, 503, 504])
    func writesAreNeverRetriedOnServerErrors(status: Int) async {
        let transport = Self.flaky(1) { HTTPResponse(status: status) }
        let settings = try! IntegrationSettings(.webhook, ["url": .text("https://example.com/h")])
        do {
            _ = try await AtlasClient.scripted(transport).create(settings, projectID: Self.projectID)
            Issue.record("a failed write was retried into success")
        } catch {
            #expect(error.status == status)
        }
        #expect(transport.requests.count == 1)
    }

    @Test func resetsAndTimeoutsAreRetriedForGetsOnly() async throws {
        for kind in [TransportFailure.Kind.reset, .timeout] {
            let get = Self.flaky(1) { () throws(AtlasError) in throw .transport(TransportFailure(kind: kind, detail: "")) }
            _ = try await AtlasClient.scripted(get).listIntegrations(projectID: Self.projectID)
            #expect(get.requests.count == 2)

            let delete = Self.flaky(1) { () throws(AtlasError) in throw .transport(TransportFailure(kind: kind, detail: "")) }
            await #expect(throws: AtlasError.transport(TransportFailure(kind: kind, detail: ""))) {
                try await AtlasClient.scripted(delete).delete(.webhook, projectID: Self.projectID)
            }
            #expect(delete.requests.count == 1)
        }
    }

    @Test func refusedConnectionsAreReportedAtOnce() async {
        let transport = Self.flaky(5) { () throws(AtlasError) in
            throw .transport(TransportFailure(kind: .refused, detail: "connection refused"))
        }
        await #expect(throws: AtlasError.self) {
            _ = try await AtlasClient.scripted(transport).listIntegrations(projectID: Self.projectID)
        }
        #expect(transport.requests.count == 1)
    }

    @Test func rateLimitIsWaitedOutWhenRetryAfterIsShort() async throws {
        let transport = Self.flaky(1) {
            HTTPResponse(status: 429, headers: ["Retry-After": "7"], body: Data(RecordedBodies.rateLimited.utf8))
        }
        let clock = TestClock(sleepsEndAtOnce: true)
        _ = try await AtlasClient.scripted(transport, clock: clock).listIntegrations(projectID: Self.projectID)
        #expect(transport.requests.count == 2)
        #expect(clock.sleeps == [.seconds(7)])
    }

    /// The second attempt goes out when the `Retry-After` is over, not before.
    @Test func theRetryWaitsForTheWholeRetryAfter() async throws {
        let transport = Self.flaky(1) {
            HTTPResponse(status: 429, headers: ["Retry-After": "3"], body: Data(RecordedBodies.rateLimited.utf8))
        }
        let clock = TestClock()
        let client = AtlasClient.scripted(transport, clock: clock)
        let call = Task { try await client.listIntegrations(projectID: Self.projectID) }
        try await clock.waitForSleepers(1)
        clock.advance(by: .milliseconds(2_999))
        #expect(transport.requests.count == 1)
        clock.advance(by: .milliseconds(1))
        _ = try await call.value
        #expect(transport.requests.count == 2)
    }

    @Test func aLongRetryAfterIsReportedInsteadOfWaited() async {
        let transport = Self.flaky(1) {
            HTTPResponse(status: 429, headers: ["Retry-After": "55"], body: Data(RecordedBodies.rateLimited.utf8))
        }
        do {
            _ = try await AtlasClient.scripted(transport).listIntegrations(projectID: Self.projectID)
            Issue.record("waited 55 s")
        } catch {
            #expect(error.errorCode == "RATE_LIMITED_TOKEN_BUCKET")
            if case .api(let detail) = error { #expect(detail.retryAfter == 55) }
        }
        #expect(transport.requests.count == 1)
    }

    @Test func policyDecisions() {
        let policy = RetryPolicy(maxAttempts: 3, initialBackoff: .seconds(1), maxBackoff: .seconds(4))
        #expect(policy.delay(afterAttempt: 1, status: 503, retryAfter: nil, safeToRepeat: false) == nil)
        #expect(policy.delay(afterAttempt: 3, status: 503, retryAfter: nil, safeToRepeat: true) == nil)
        #expect(policy.delay(afterAttempt: 1, status: 404, retryAfter: nil, safeToRepeat: true) == nil)
        #expect(policy.delay(afterAttempt: 1, status: 429, retryAfter: 7, safeToRepeat: false) == .seconds(7))
        #expect(policy.delay(afterAttempt: 1, status: 429, retryAfter: 31, safeToRepeat: true) == nil)
        for attempt in 1...5 {
            let backoff = policy.backoff(afterAttempt: attempt)
            let nominal = min(Duration.seconds(4), .seconds(1) * (1 << (attempt - 1)))
            #expect(backoff >= nominal / 2 && backoff <= nominal)
        }
        #expect(RetryPolicy.none.delay(afterAttempt: 1, status: 503, retryAfter: nil, safeToRepeat: true) == nil)
    }

    @Test func cancellingDuringABackoffEndsTheCall() async throws {
        let transport = Self.flaky(10) { HTTPResponse(status: 503) }
        let clock = TestClock()
        let client = AtlasClient(
            configuration: AtlasClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9")!, credentials: nil,
                retryPolicy: RetryPolicy(initialBackoff: .seconds(60), maxBackoff: .seconds(60)), clock: clock),
            transport: transport)
        let task = Task { () throws(AtlasError) -> [Integration] in
            try await client.listIntegrations(projectID: Self.projectID)
        }
        // The first attempt failed and the client sleeps its backoff.
        try await clock.waitForSleepers(1)
        task.cancel()
        let result = await task.result
        #expect(throws: AtlasError.cancelled) { try result.get() }
        #expect(transport.requests.count == 1)
    }
}
