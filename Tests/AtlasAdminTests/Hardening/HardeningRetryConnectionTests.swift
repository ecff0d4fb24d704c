@testable import AtlasAdmin
@testable import AtlasSandbox
import Foundation
import TestSupport
import Testing

/// A read retried after a timeout must not wait behind what made it time
/// out: the attempt that failed, or other slow reads, may still hold the
/// pooled kept-alive connections, so the retry goes out on a fresh one.
@Suite struct HardeningRetryConnectionTests {
    /// A Digest client of `sandbox` on `transport` (one pooled connection),
    /// its waits on a clock whose sleeps end at once.
    static func client(
        _ sandbox: SandboxHarness, _ transport: URLSessionTransport, timeout: Duration, retry: RetryPolicy
    ) -> AtlasClient {
        AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: sandbox.baseURL, credentials: SandboxHarness.Scheme.digest.credentials,
            requestTimeout: timeout, retryPolicy: retry, clock: TestClock(sleepsEndAtOnce: true)), transport: transport)
    }

    /// A slow read (another screen's, on the same transport) holds the only
    /// pooled connection. The project list queues behind it and times out;
    /// its retry must not queue there again, or every attempt times out and
    /// the operator sees an error although the sandbox answers at once.
    @Test(arguments: 1...3)
    func aReadRetriedAfterATimeoutDoesNotQueueBehindASlowRead(run: Int) async throws {
        let held = TestClock()
        try await SandboxHarness.with(SandboxConfiguration(clock: held)) { sandbox in
            let transport = URLSessionTransport(maximumConnectionsPerHost: 1)
            func client(timeout: Duration) -> AtlasClient {
                Self.client(sandbox, transport, timeout: timeout, retry: SandboxHarness.quickRetries)
            }
            let slow = client(timeout: .seconds(30))
            let lists = client(timeout: .milliseconds(4_000))
            _ = try await lists.listOrganizations()
            sandbox.server.addFault(FaultRule(route: "GET /api/atlas/v2/orgs", kind: .latency(milliseconds: 8_000), count: 1))
            let slowRead = Task { try await slow.listOrganizations() }
            // The slow read has the pooled connection once the sandbox holds it.
            try await held.waitForSleepers(1)
            let projects = try await lists.listProjects()
            #expect(projects.count == 40, "run \(run)")
            slowRead.cancel()
            _ = await slowRead.result
            held.advance(by: .seconds(8))
        }
    }

    /// A write's answer was lost, and whatever lost it may still hold the
    /// pooled connection. The read-back that finds out what Atlas holds
    /// must not queue there even once: with no retry to fall back on (the
    /// attempts are few and each waits out the timeout), a queued first
    /// attempt would report the outcome unknown although Atlas answers at
    /// once. Here a slow read holds the only pooled connection.
    @Test(arguments: 1...2)
    func aReadBackGoesOutOnAFreshConnectionFromItsFirstAttempt(run: Int) async throws {
        let held = TestClock()
        try await SandboxHarness.with(SandboxConfiguration(clock: held)) { sandbox in
            let transport = URLSessionTransport(maximumConnectionsPerHost: 1)
            func client(timeout: Duration) -> AtlasClient {
                Self.client(sandbox, transport, timeout: timeout, retry: RetryPolicy(
                    maxAttempts: 1, initialBackoff: .milliseconds(5), maxBackoff: .milliseconds(5), maxRetryAfter: .seconds(1)))
            }
            let slow = client(timeout: .seconds(30))
            // The slow read is held on the test clock until the end, so a
            // read-back queued behind it would wait out any timeout: a long
            // one only leaves room for a normal answer on a busy machine
            // (2 s ran out in a full run on two cores).
            let checks = client(timeout: .seconds(20))
            let project = try #require(try await checks.listProjects().first)
            let key = "0123456789abcdef0123456789ab0022"
            _ = try await checks.create(
                IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(key)), "region": .text("EU")]),
                projectID: project.id)
            sandbox.server.addFault(FaultRule(route: "GET /api/atlas/v2/orgs", kind: .latency(milliseconds: 8_000), count: 1))
            let slowRead = Task { try await slow.listOrganizations() }
            try await held.waitForSleepers(1)
            let read = try await checks.readBack(.pagerDuty, projectID: project.id)
            #expect(read?.type == .pagerDuty, "run \(run)")
            let reads = sandbox.apiRequests.filter { $0.method == "GET" && $0.path.hasSuffix("/integrations/PAGER_DUTY") }
            #expect(reads.count == 1, "answered on its first attempt (run \(run))")
            slowRead.cancel()
            _ = await slowRead.result
            held.advance(by: .seconds(8))
        }
    }

    /// The read-back asks for a fresh connection on every attempt; the
    /// ordinary read of the same integration stays on the pool.
    @Test func aReadBackAsksForAFreshConnectionAndAnOrdinaryReadDoesNot() async throws {
        let readBack = ScriptedTransport(status: 404, body: #"{"errorCode":"INTEGRATION_NOT_CONFIGURED","error":404}"#)
        #expect(try await AtlasClient.scripted(readBack).readBack(.pagerDuty, projectID: RetryTests.projectID) == nil)
        #expect(readBack.requests.map(\.needsFreshConnection) == [true])
        let ordinary = ScriptedTransport(status: 404, body: #"{"errorCode":"INTEGRATION_NOT_CONFIGURED","error":404}"#)
        #expect(try await AtlasClient.scripted(ordinary).integration(.pagerDuty, projectID: RetryTests.projectID) == nil)
        #expect(ordinary.requests.map(\.needsFreshConnection) == [false])
    }

    /// Only a read retried after a timeout or a dropped connection asks for
    /// a fresh connection; first attempts and retries after a `503` (which
    /// came over a working connection) stay on the pool, so a warm call is
    /// still one request on a kept-alive connection.
    @Test func onlyRetriesAfterATimeoutOrResetAskForAFreshConnection() async throws {
        for failure in [TransportFailure.Kind.timeout, .reset] {
            let transport = RetryTests.flaky(1) { () throws(AtlasError) in
                throw .transport(TransportFailure(kind: failure, detail: "scripted"))
            }
            _ = try await AtlasClient.scripted(transport).listIntegrations(projectID: RetryTests.projectID)
            #expect(transport.requests.map(\.needsFreshConnection) == [false, true], "\(failure)")
        }
        let busy = RetryTests.flaky(1) { HTTPResponse(status: 503) }
        _ = try await AtlasClient.scripted(busy).listIntegrations(projectID: RetryTests.projectID)
        #expect(busy.requests.map(\.needsFreshConnection) == [false, false])
        let warm = ScriptedTransport(status: 200, body: #"{"results":[]}"#)
        _ = try await AtlasClient.scripted(warm).listIntegrations(projectID: RetryTests.projectID)
        #expect(warm.requests.map(\.needsFreshConnection) == [false])
    }
}
