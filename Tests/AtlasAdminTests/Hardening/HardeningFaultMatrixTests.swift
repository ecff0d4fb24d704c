import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

/// Every injected fault against every operation the product performs.
///
/// `SandboxFaultTests` covers chosen pairs; this fills the matrix: each
/// cell injects one fault on the first matching request and checks that the
/// call ends in a value or a clear `AtlasError`, that reads are retried,
/// that writes are never repeated, and that the project afterwards holds
/// exactly what was asked for.
@Suite(.serialized) struct HardeningFaultMatrixTests {
    enum Operation: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case listProjects, listIntegrations, getIntegration, create, update, delete
        var testDescription: String { rawValue }

        var route: String {
            switch self {
            case .listProjects: "GET /api/atlas/v2/groups"
            case .listIntegrations: "GET /api/atlas/v2/groups/*/integrations"
            case .getIntegration: "GET /api/atlas/v2/groups/*/integrations/*"
            case .create: "POST /api/atlas/v2/groups/*/integrations/*"
            case .update: "PUT /api/atlas/v2/groups/*/integrations/*"
            case .delete: "DELETE /api/atlas/v2/groups/*/integrations/*"
            }
        }

        var method: String { String(route.prefix { $0 != " " }) }
        var isWrite: Bool { method != "GET" }
    }

    enum Fault: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case latencyBeyondTimeout, connectionReset, truncatedJSON, htmlPage, status500, status502, status503
        case rateLimited, expiredToken, staleNonce
        var testDescription: String { rawValue }

        var kind: FaultKind {
            switch self {
            case .latencyBeyondTimeout: .latency(milliseconds: 4_000)
            case .connectionReset: .connectionReset
            case .truncatedJSON: .truncatedBody
            case .htmlPage: .htmlErrorPage(status: 502)
            case .status500: .status(500)
            case .status502: .status(502)
            case .status503: .status(503)
            case .rateLimited: .rateLimited(retryAfter: 1)
            case .expiredToken: .expireTokens
            case .staleNonce: .expireNonces
            }
        }

        /// Service account for token expiry, Digest for nonces, either otherwise.
        var scheme: SandboxHarness.Scheme { self == .staleNonce ? .digest : .serviceAccount }

        /// Faults a read gets through by being retried (or re-authenticated).
        var readRecovers: Bool {
            switch self {
            case .truncatedJSON: false
            default: true
            }
        }

        /// Faults a write gets through: refused before anything was done.
        var writeRecovers: Bool { self == .rateLimited || self == .expiredToken || self == .staleNonce }
    }

    static let project = DemoSeed.paymentsProjectID
    static let empty = DemoSeed.emptyProjectID
    static let opsGenieKey = "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"

    /// Runs `operation` once; nil on success, the error otherwise.
    static let created = try! IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue(opsGenieKey))])
    static let updated = try! IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue(opsGenieKey)), "region": .text("EU")])

    static func run(_ operation: Operation, _ client: AtlasClient) async -> AtlasError? {
        do {
            switch operation {
            case .listProjects: _ = try await client.listProjects()
            case .listIntegrations: _ = try await client.listIntegrations(projectID: project)
            case .getIntegration: _ = try await client.integration(.pagerDuty, projectID: project)
            case .create: _ = try await client.create(created, projectID: empty)
            case .update:
                _ = try await client.update(updated, projectID: project)
            case .delete: try await client.delete(.opsGenie, projectID: project)
            }
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: Operation.allCases, Fault.allCases)
    func faultOnOperation(operation: Operation, fault: Fault) async throws {
        // Injected latency holds a request on the sandbox's clock until the
        // test moves it; the client's waits (a backoff, a Retry-After) end
        // at once on its own clock and are recorded.
        let held = TestClock()
        let clock = TestClock(sleepsEndAtOnce: true)
        try await SandboxHarness.with(SandboxConfiguration(clock: held)) { sandbox in
            // The request timeout is real time: room for a normal answer on a busy machine.
            let client = sandbox.client(fault.scheme, timeout: .milliseconds(2_000), clock: clock)
            // Warm up authentication, so a token or nonce exists to expire.
            _ = try await client.listOrganizations()
            sandbox.server.resetRequestLog()
            sandbox.server.addFault(FaultRule(route: operation.route, kind: fault.kind, count: 1))

            let error = await Self.run(operation, client)
            var log = sandbox.apiRequests.filter { $0.method == operation.method }
            if fault == .latencyBeyondTimeout {
                // The client gave up on the held request: let the sandbox
                // answer it now, and wait (bounded) for it to be logged.
                held.advance(by: .seconds(4))
                let attempts = operation.isWrite ? 1 : 2
                try await waitUntil("the held \(operation.method) to be logged") {
                    sandbox.apiRequests.filter { $0.method == operation.method }.count >= attempts
                }
                log = sandbox.apiRequests.filter { $0.method == operation.method }
            }
            if fault == .rateLimited {
                #expect(clock.sleeps == [.seconds(1)], "the Retry-After was waited out once")
            }

            if let error {
                #expect(!error.message.isEmpty && !error.message.contains("\n"), "\(error.message)")
                #expect(error != .cancelled)
            }
            if operation.isWrite {
                // A DELETE answers 204 with no body: there is nothing to cut short.
                if fault.writeRecovers || (operation == .delete && fault == .truncatedJSON) {
                    #expect(error == nil, "\(operation) through \(fault): \(String(describing: error))")
                } else {
                    #expect(error != nil, "\(operation) through \(fault) claimed success")
                }
                // Never repeated: at most one attempt was carried out (2xx) and,
                // unless Atlas refused it before doing it, only one was sent.
                #expect(log.filter { (200..<300).contains($0.status) }.count <= 1, "\(log.map(\.status))")
                if !fault.writeRecovers && !(operation == .delete && fault == .truncatedJSON) {
                    #expect(log.count == 1, "a write was sent \(log.count) times: \(log.map(\.status))")
                }
            } else if fault.readRecovers {
                #expect(error == nil, "\(operation) through \(fault): \(String(describing: error))")
                #expect(log.count >= 2 || fault == .staleNonce || fault == .expiredToken || fault == .htmlPage || fault == .latencyBeyondTimeout,
                        "a read was not retried: \(log.map(\.status))")
            } else {
                #expect(error != nil)
                #expect(log.count <= SandboxHarness.quickRetries.maxAttempts)
            }

            // What the project holds now is what was asked, each type once.
            sandbox.server.clearFaults()
            let checker = sandbox.client(.digest)
            let afterEmpty = try await checker.listIntegrations(projectID: Self.empty).map(\.type)
            let afterProject = try await checker.listIntegrations(projectID: Self.project).map(\.type)
            #expect(Set(afterEmpty).count == afterEmpty.count && Set(afterProject).count == afterProject.count)
            switch operation {
            case .create:
                if error == nil { #expect(afterEmpty.contains(.opsGenie)) }
                // An error that says the write was not applied must be true:
                // only a lost answer may leave it in doubt (and then it is read back).
                if let error, !error.leavesWriteOutcomeUnknown {
                    #expect(!afterEmpty.contains(.opsGenie), "\(fault): \(error.message), yet Atlas holds it")
                }
            case .delete:
                if error == nil { #expect(!afterProject.contains(.opsGenie)) }
                if let error, !error.leavesWriteOutcomeUnknown {
                    #expect(afterProject.contains(.opsGenie), "\(fault): \(error.message), yet it is gone")
                }
            case .update:
                #expect(afterProject.filter { $0 == .opsGenie }.count == 1)
            default:
                #expect(afterProject.count == 2)
            }
        }
    }
}
