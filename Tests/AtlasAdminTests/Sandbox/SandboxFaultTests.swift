import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

/// Injected faults: what is retried, what is reported, and how.
@Suite(.serialized) struct SandboxFaultTests {
    static let project = DemoSeed.paymentsProjectID
    static let listRoute = "GET /api/atlas/v2/groups/*/integrations"
    static let createRoute = "POST /api/atlas/v2/groups/*/integrations/*"

    static func newSettings() -> IntegrationSettings {
        try! IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue("3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"))])
    }

    @Test(arguments: [500, 502, 503, 504])
    func serverErrorsAreRetriedForReads(status: Int) async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.serviceAccount)
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .status(status), count: 2))
            let list = try await client.listIntegrations(projectID: Self.project)
            #expect(list.count == 2)
            #expect(sandbox.apiRequests.map(\.status) == [status, status, 200])
        }
    }

    @Test(arguments: [500, 502, 503])
    func serverErrorsAreNotRetriedForWrites(status: Int) async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.serviceAccount)
            sandbox.server.addFault(FaultRule(route: Self.createRoute, kind: .status(status), count: 1))
            do {
                _ = try await client.create(Self.newSettings(), projectID: DemoSeed.emptyProjectID)
                Issue.record("a failed write was retried")
            } catch let error as AtlasError {
                #expect(error.status == status)
                #expect(error.isRetryable)
            }
            #expect(sandbox.apiRequests.map(\.status) == [status])
        }
    }

    @Test func persistentServerErrorsEndAfterTheLastAttempt() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .status(503)))
            do {
                _ = try await sandbox.client(.serviceAccount).listIntegrations(projectID: Self.project)
                Issue.record("succeeded through a permanent 503")
            } catch let error as AtlasError {
                #expect(error.status == 503)
            }
            #expect(sandbox.apiRequests.count == SandboxHarness.quickRetries.maxAttempts)
        }
    }

    @Test func rateLimitIsWaitedOut() async throws {
        try await SandboxHarness.with { sandbox in
            let clock = TestClock(sleepsEndAtOnce: true)
            let client = sandbox.client(.digest, clock: clock)
            _ = try await client.listOrganizations()
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .rateLimited(retryAfter: 2), count: 1))
            #expect(try await client.listIntegrations(projectID: Self.project).count == 2)
            #expect(sandbox.apiRequests.suffix(2).map(\.status) == [429, 200])
            #expect(clock.sleeps == [.seconds(2)], "the Retry-After, waited out once")
        }
    }

    @Test func aRateLimitLongerThanTheCapIsReported() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.addFault(FaultRule(route: "GET /api/atlas/v2/orgs", kind: .rateLimited(retryAfter: 60)))
            do {
                _ = try await sandbox.client(.serviceAccount).listOrganizations()
                Issue.record("waited a minute")
            } catch let error as AtlasError {
                #expect(error.status == 429)
                guard case .api(let detail) = error else { Issue.record("not an API error"); return }
                #expect(detail.retryAfter == 60)
                #expect(detail.errorCode.hasPrefix("RATE_LIMITED"))
            }
            #expect(sandbox.apiRequests.count == 1)
        }
    }

    @Test func aResetConnectionIsRetriedForReadsOnly() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.serviceAccount)
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .connectionReset, count: 1))
            #expect(try await client.listIntegrations(projectID: Self.project).count == 2)

            sandbox.server.addFault(FaultRule(route: Self.createRoute, kind: .connectionReset, count: 1))
            do {
                _ = try await client.create(Self.newSettings(), projectID: DemoSeed.emptyProjectID)
                Issue.record("a reset write was retried")
            } catch let error as AtlasError {
                guard case .transport(let failure) = error else { Issue.record("unexpected \(error)"); return }
                #expect(failure.kind == .reset)
            }
            #expect(sandbox.apiRequests.filter { $0.method == "POST" }.count == 1)
        }
    }

    @Test func aTruncatedBodyIsAMalformedBody() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .truncatedBody))
            do {
                _ = try await sandbox.client(.serviceAccount).listIntegrations(projectID: Self.project)
                Issue.record("a truncated body decoded")
            } catch let error as AtlasError {
                guard case .transport(let failure) = error else { Issue.record("unexpected \(error)"); return }
                #expect(failure.kind == .malformedBody)
                #expect(error.message.contains("unreadable"))
            }
        }
    }

    @Test func aProxyHTMLPageIsAMalformedBodyWithItsStatus() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.addFault(FaultRule(route: Self.createRoute, kind: .htmlErrorPage(status: 502)))
            do {
                _ = try await sandbox.client(.digest).create(Self.newSettings(), projectID: DemoSeed.emptyProjectID)
                Issue.record("an HTML page decoded")
            } catch let error as AtlasError {
                guard case .transport(let failure) = error else { Issue.record("unexpected \(error)"); return }
                #expect(failure.kind == .malformedBody)
                #expect(failure.status == 502)
                #expect(error.message.contains("HTML"))
            }
        }
    }

    /// The sandbox holds the answer on its own clock, which the test never
    /// moves while the client waits: only the client's (real) request
    /// timeout can end the call.
    @Test func latencyBeyondTheTimeoutIsATimeout() async throws {
        let held = TestClock()
        try await SandboxHarness.with(SandboxConfiguration(clock: held)) { sandbox in
            let client = sandbox.client(.serviceAccount, timeout: .milliseconds(300), retry: .none)
            _ = try await client.listOrganizations()
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .latency(milliseconds: 3000)))
            do {
                _ = try await client.listIntegrations(projectID: Self.project)
                Issue.record("answered through the latency")
            } catch let error as AtlasError {
                guard case .transport(let failure) = error else { Issue.record("unexpected \(error)"); return }
                #expect(failure.kind == .timeout)
                #expect(error.isRetryable)
            }
            held.advance(by: .seconds(3))
        }
    }

    /// The first attempt is held past its timeout; the retry is answered
    /// at once (the timeout only needs room for a normal answer).
    @Test func timeoutsOfReadsAreRetried() async throws {
        let held = TestClock()
        try await SandboxHarness.with(SandboxConfiguration(clock: held)) { sandbox in
            let client = sandbox.client(.serviceAccount, timeout: .seconds(2))
            _ = try await client.listOrganizations()
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .latency(milliseconds: 3000), count: 1))
            #expect(try await client.listIntegrations(projectID: Self.project).count == 2)
            held.advance(by: .seconds(3))
        }
    }

    @Test func cancellingAWaitingCallEndsItAsCancelled() async throws {
        let held = TestClock()
        try await SandboxHarness.with(SandboxConfiguration(clock: held)) { sandbox in
            let client = sandbox.client(.digest)
            _ = try await client.listOrganizations()
            sandbox.server.addFault(FaultRule(route: Self.listRoute, kind: .latency(milliseconds: 5000)))
            let task = Task { () throws(AtlasError) -> [Integration] in
                try await client.listIntegrations(projectID: Self.project)
            }
            // The sandbox holds the request: the call is waiting for its answer.
            try await held.waitForSleepers(1)
            task.cancel()
            let result = await task.result
            #expect(throws: AtlasError.cancelled) { try result.get() }
            // The client is still usable afterwards.
            sandbox.server.clearFaults()
            #expect(try await client.listIntegrations(projectID: Self.project).count == 2)
            held.advance(by: .seconds(5))
        }
    }

    @Test func aRefusedConnectionIsReported() async throws {
        let url = try await SandboxHarness.with { sandbox in sandbox.baseURL }
        let client = AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: url, credentials: SandboxHarness.Scheme.digest.credentials, retryPolicy: SandboxHarness.quickRetries))
        do {
            _ = try await client.listOrganizations()
            Issue.record("reached a stopped sandbox")
        } catch {
            guard case .transport(let failure) = error else { Issue.record("unexpected \(error)"); return }
            #expect(failure.kind == .refused)
        }
    }
}
