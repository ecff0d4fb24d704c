import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

/// Round trips per call, expired nonces and tokens, wrong and read-only keys.
@Suite(.serialized) struct SandboxAuthenticationTests {
    static let project = DemoSeed.paymentsProjectID

    @Test func aWarmDigestClientMakesOneRequestPerCall() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let cold = try await sandbox.count { _ = try await client.listIntegrations(projectID: Self.project) }
            #expect(cold == 2)
            for _ in 0..<10 {
                let warm = try await sandbox.count { _ = try await client.listIntegrations(projectID: Self.project) }
                #expect(warm == 1)
            }
            let write = try await sandbox.count {
                _ = try await client.create(
                    try IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue("3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"))]),
                    projectID: DemoSeed.emptyProjectID)
            }
            #expect(write == 1)
            #expect(sandbox.server.requestLog().filter { $0.status == 200 }.allSatisfy { $0.auth == .digest })
        }
    }

    @Test func aServiceAccountMakesOneRequestPerCallAfterItsToken() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.serviceAccount)
            let first = try await sandbox.count { _ = try await client.listIntegrations(projectID: Self.project) }
            #expect(first == 2)  // token, then the call
            for _ in 0..<10 {
                #expect(try await sandbox.count { _ = try await client.listOrganizations() } == 1)
            }
            await client.close()
        }
    }

    /// A program's first requests go out together (the organizations and,
    /// at a start that reads back an unfinished write, that integration):
    /// both are challenged, both sign with a nonce of their own, and both
    /// are answered, start after start.
    @Test func coldRequestsSentTogetherAreAllAnswered() async throws {
        try await SandboxHarness.with { sandbox in
            for _ in 0..<100 {
                let client = sandbox.client(.digest)
                async let organizations = client.listOrganizations()
                async let read = client.integration(.pagerDuty, projectID: DemoSeed.emptyProjectID)
                async let integrations = client.listIntegrations(projectID: Self.project)
                let (orgs, found, listed) = try await (organizations, read, integrations)
                #expect(orgs.count == 3)
                #expect(found == nil)
                #expect(!listed.isEmpty)
                await client.close()
            }
        }
    }

    @Test func anExpiredNonceIsRenewedWithOneExtraRequest() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            _ = try await client.listOrganizations()
            sandbox.server.addFault(FaultRule(route: "* /api/atlas/v2/**", kind: .expireNonces, count: 1))
            let cost = try await sandbox.count {
                _ = try await client.create(
                    try IntegrationSettings(.victorOps, ["apiKey": .secret(SecretValue("6d2f8a1c-3b4e-4f5a-9c7d-2e1f0a9b8c7d"))]),
                    projectID: DemoSeed.emptyProjectID)
            }
            #expect(cost == 2)
            let log = sandbox.server.requestLog().suffix(2)
            #expect(log.map(\.status) == [401, 200])
            #expect(try await sandbox.count { _ = try await client.listOrganizations() } == 1)
        }
    }

    @Test func aShortNonceLifetimeNeverReachesTheCaller() async throws {
        let clock = TestClock()
        var configuration = SandboxConfiguration(clock: clock)
        configuration.nonceLifetime = .seconds(300)
        try await SandboxHarness.with(configuration) { sandbox async throws in
            let client = sandbox.client(.digest)
            for _ in 0..<3 {
                #expect(try await client.listOrganizations().count == 3)
                // Within its lifetime the nonce is reused: no new challenge.
                clock.advance(by: .seconds(299))
                #expect(try await client.listOrganizations().count == 3)
                clock.advance(by: .seconds(1))
            }
            // Each call after the nonce expired cost a stale 401 and one retry.
            #expect(sandbox.server.requestLog().map(\.status) == [401, 200, 200, 401, 200, 200, 401, 200, 200])
        }
    }

    @Test func anExpiredTokenIsReplacedAndTheCallSucceeds() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.serviceAccount)
            _ = try await client.listOrganizations()
            sandbox.server.addFault(FaultRule(route: "* /api/atlas/v2/**", kind: .expireTokens, count: 1))
            let cost = try await sandbox.count { _ = try await client.listOrganizations() }
            #expect(cost == 3)  // refused call, new token, call again
            let tokens = sandbox.server.requestLog().filter { $0.path == "/api/oauth/token" }
            #expect(tokens.count == 2)
            await client.close()
        }
    }

    @Test func aWrongPrivateKeyIsRefused() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.apiKey(
                publicKey: SandboxAPIKey.demo.publicKey, privateKey: SecretValue("00000000-0000-0000-0000-000000000000")))
            do {
                _ = try await client.listOrganizations()
                Issue.record("a wrong key was accepted")
            } catch let error as AtlasError {
                #expect(error.status == 401)
                #expect(error.errorCode == "UNAUTHORIZED")
                #expect(!error.isRetryable)
            }
            #expect(sandbox.server.requestLog().count == 2)  // challenge, one signed try
        }
    }

    @Test func aWrongServiceAccountSecretIsRefused() async throws {
        try await SandboxHarness.with { sandbox in
            let secret = "mdb_sa_sk_not_the_right_one"
            let client = sandbox.client(.serviceAccount(
                clientID: SandboxServiceAccount.demo.clientID, clientSecret: SecretValue(secret)))
            do {
                _ = try await client.listOrganizations()
                Issue.record("a wrong secret was accepted")
            } catch let error as AtlasError {
                #expect(error.status == 401)
                #expect(error.errorCode == "INVALID_CLIENT")
                #expect(!error.message.contains(secret))
            }
            #expect(sandbox.apiRequests.isEmpty)
        }
    }

    @Test func aReadOnlyKeyReadsButCannotWrite() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(SandboxHarness.readOnlyKey)
            #expect(try await client.listIntegrations(projectID: Self.project).count == 2)
            for attempt in 0..<3 {
                do {
                    switch attempt {
                    case 0:
                        _ = try await client.create(
                            try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue("8f1d2c3b4a5960718293a4b5c6d7e8f0"))]),
                            projectID: DemoSeed.emptyProjectID)
                    case 1:
                        _ = try await client.update(
                            try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue("8f1d2c3b4a5960718293a4b5c6d7e8f0"))]),
                            projectID: Self.project)
                    default:
                        try await client.delete(.pagerDuty, projectID: Self.project)
                    }
                    Issue.record("a read-only key wrote")
                } catch let error as AtlasError {
                    #expect(error.status == 401)
                    #expect(error.errorCode == "USER_UNAUTHORIZED")
                }
            }
            // A refused write costs one request: a new nonce cannot add a role.
            let writes = sandbox.server.requestLog().filter { $0.method != "GET" }
            #expect(writes.count == 3)
            #expect(try await client.listIntegrations(projectID: Self.project).count == 2)
        }
    }
}
