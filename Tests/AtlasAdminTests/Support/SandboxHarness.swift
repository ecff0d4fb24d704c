import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport

/// Starts a sandbox of its own on 127.0.0.1 (port 0) for one test, and
/// builds clients for it.
struct SandboxHarness {
    let server: AtlasSandboxServer
    let baseURL: URL

    /// The credentials the sandbox accepts by default, by scheme.
    enum Scheme: String, CaseIterable, Sendable, CustomStringConvertible {
        case digest, serviceAccount
        var description: String { rawValue }

        var credentials: AtlasCredentials {
            switch self {
            case .digest:
                .apiKey(publicKey: SandboxAPIKey.demo.publicKey, privateKey: SecretValue(SandboxAPIKey.demo.privateKey))
            case .serviceAccount:
                .serviceAccount(
                    clientID: SandboxServiceAccount.demo.clientID,
                    clientSecret: SecretValue(SandboxServiceAccount.demo.clientSecret))
            }
        }
    }

    static let readOnlyKey = AtlasCredentials.apiKey(
        publicKey: SandboxAPIKey.demoReadOnly.publicKey, privateKey: SecretValue(SandboxAPIKey.demoReadOnly.privateKey))

    /// Retries as few and as short as a test needs (on a clock whose
    /// sleeps end at once, the waits cost no time at all).
    static let quickRetries = RetryPolicy(
        maxAttempts: 3, initialBackoff: .milliseconds(5), maxBackoff: .milliseconds(20), maxRetryAfter: .seconds(2))

    /// Runs `body` with a fresh sandbox, stopping it afterwards: at once,
    /// since every request the test made has had its answer by then (a
    /// grace would only wait out the clients' idle kept-alive connections,
    /// a second per test).
    static func with<Result: Sendable>(
        _ configuration: SandboxConfiguration = SandboxConfiguration(),
        _ body: (SandboxHarness) async throws -> Result
    ) async throws -> Result {
        let server = try AtlasSandboxServer(configuration: configuration)
        let url = try await server.start()
        do {
            let result = try await body(SandboxHarness(server: server, baseURL: url))
            await server.stop(grace: 0)
            return result
        } catch {
            await server.stop(grace: 0)
            throw error
        }
    }

    /// A client of this sandbox. Its retry waits and token expiry run on
    /// `clock`: by default a test clock whose sleeps end at once, so a
    /// backoff or a `Retry-After` is taken (and recorded) without waiting.
    func client(
        _ credentials: AtlasCredentials?, timeout: Duration = .seconds(10), retry: RetryPolicy = quickRetries,
        clock: any Clock<Duration> = TestClock(sleepsEndAtOnce: true)
    ) -> AtlasClient {
        AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL, credentials: credentials, requestTimeout: timeout, retryPolicy: retry, clock: clock))
    }

    func client(
        _ scheme: Scheme, timeout: Duration = .seconds(10), retry: RetryPolicy = quickRetries,
        clock: any Clock<Duration> = TestClock(sleepsEndAtOnce: true)
    ) -> AtlasClient {
        client(scheme.credentials, timeout: timeout, retry: retry, clock: clock)
    }

    /// Requests the sandbox answered, without the OAuth endpoints.
    var apiRequests: [SandboxRequestRecord] {
        server.requestLog().filter { !$0.path.hasPrefix("/api/oauth/") }
    }

    /// Runs `body` and returns how many requests (all, or only API ones) it
    /// cost.
    func count(apiOnly: Bool = false, _ body: () async throws -> Void) async rethrows -> Int {
        let before = apiOnly ? apiRequests.count : server.requestLog().count
        try await body()
        return (apiOnly ? apiRequests.count : server.requestLog().count) - before
    }
}
