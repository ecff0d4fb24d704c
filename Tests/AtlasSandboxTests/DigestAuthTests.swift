@testable import AtlasSandbox
import Foundation
import TestSupport
import Testing

@Suite struct DigestAuthTests {
    let path = "/api/atlas/v2/groups?itemsPerPage=1"

    @Test func challengeOffersSHA256AndMD5InAtlasRealm() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.raw("GET", path, headers: ["Accept": TestClient.versioned])
            #expect(response.status == 401)
            #expect(response.errorCode == "UNAUTHORIZED")
            #expect(response.json["detail"]?.stringValue == "You are not authorized for this resource.")
            let challenges = TestDigest.challenges(in: response.header("WWW-Authenticate") ?? "")
            #expect(challenges.map(\.algorithm) == ["SHA-256", "MD5"])
            #expect(challenges.allSatisfy { $0.realm == "MMS Public API" && $0.qop == "auth" && !$0.stale })
        }
    }

    @Test(arguments: ["MD5", "SHA-256"])
    func acceptsACorrectDigest(algorithm: String) async throws {
        try await withSandbox { (server, client) async throws in
            let response = try await client.send("GET", path, as: .digest(.demo, algorithm: algorithm))
            #expect(response.status == 200)
            let log = server.requestLog()
            #expect(log.map(\.status) == [401, 200])
            #expect(log.last?.auth == .digest)
            #expect(log.last?.principal == "sandboxk")
        }
    }

    @Test func wrongPrivateKeyIsUnauthorized() async throws {
        try await withSandbox { (_, client) async throws in
            let wrong = SandboxAPIKey(publicKey: "sandboxk", privateKey: "00000000-0000-0000-0000-000000000000")
            let response = try await client.send("GET", path, as: .digest(wrong))
            #expect(response.status == 401)
            #expect(response.errorCode == "UNAUTHORIZED")
            #expect(response.header("WWW-Authenticate")?.contains("Digest") == true)
            let unknown = SandboxAPIKey(publicKey: "nobody00", privateKey: "x")
            #expect(try await client.send("GET", path, as: .digest(unknown)).status == 401)
        }
    }

    @Test func aNonceMayBeReusedWithAGrowingCountButNotReplayed() async throws {
        try await withSandbox { (_, client) async throws in
            let challenge = try #require(try await client.challenge().first { $0.algorithm == "MD5" })
            func call(nc: Int) async throws -> Int {
                let header = TestDigest.authorization(
                    username: "sandboxk", password: SandboxAPIKey.demo.privateKey, method: "GET",
                    uri: path, challenge: challenge, nc: nc
                )
                return try await client.raw("GET", path, headers: ["Accept": TestClient.versioned, "Authorization": header]).status
            }
            #expect(try await call(nc: 1) == 200)
            #expect(try await call(nc: 2) == 200)
            #expect(try await call(nc: 2) == 401)
            #expect(try await call(nc: 1) == 401)
            #expect(try await call(nc: 5) == 200)
        }
    }

    @Test func expiredNonceIsAnsweredStale() async throws {
        try await withSandbox { (server, client) async throws in
            let challenge = try #require(try await client.challenge().first { $0.algorithm == "SHA-256" })
            let header = TestDigest.authorization(
                username: "sandboxk", password: SandboxAPIKey.demo.privateKey, method: "GET", uri: path, challenge: challenge
            )
            server.addFault(FaultRule(route: "GET /api/atlas/v2/groups", kind: .expireNonces, count: 1))
            let response = try await client.raw("GET", path, headers: ["Accept": TestClient.versioned, "Authorization": header])
            #expect(response.status == 401)
            let fresh = TestDigest.challenges(in: response.header("WWW-Authenticate") ?? "")
            #expect(!fresh.isEmpty && fresh.allSatisfy(\.stale))
            #expect(fresh.first?.nonce != challenge.nonce)
            // A client that retries on the fresh nonce gets through without new credentials.
            #expect(try await client.send("GET", path).status == 200)
        }
    }

    @Test func nonceExpiresAfterItsLifetime() async throws {
        let clock = TestClock()
        try await withSandbox(SandboxConfiguration(nonceLifetime: .seconds(300), clock: clock)) { (_, client) async throws in
            let challenge = try #require(try await client.challenge().first)
            func signed(count: Int) async throws -> TestResponse {
                let header = TestDigest.authorization(
                    username: "sandboxk", password: SandboxAPIKey.demo.privateKey, method: "GET", uri: path,
                    challenge: challenge, nc: count)
                return try await client.raw("GET", path, headers: ["Accept": TestClient.versioned, "Authorization": header])
            }
            clock.advance(by: .milliseconds(299_999))
            #expect(try await signed(count: 1).status == 200, "still valid just before its lifetime ends")
            clock.advance(by: .milliseconds(1))
            let response = try await signed(count: 2)
            #expect(response.status == 401)
            #expect(TestDigest.challenges(in: response.header("WWW-Authenticate") ?? "").first?.stale == true)
        }
    }

    @Test func wrongPasswordOnAnExpiredNonceIsNotStale() async throws {
        try await withSandbox { (server, client) async throws in
            let challenge = try #require(try await client.challenge().first)
            server.addFault(FaultRule(route: "GET /api/atlas/v2/**", kind: .expireNonces, count: 1))
            let header = TestDigest.authorization(username: "sandboxk", password: "wrong", method: "GET", uri: path, challenge: challenge)
            let response = try await client.raw("GET", path, headers: ["Accept": TestClient.versioned, "Authorization": header])
            #expect(response.status == 401)
            #expect(TestDigest.challenges(in: response.header("WWW-Authenticate") ?? "").first?.stale == false)
        }
    }

    @Test func digestForAnotherURIIsRefused() async throws {
        try await withSandbox { (_, client) async throws in
            let challenge = try #require(try await client.challenge().first)
            let header = TestDigest.authorization(
                username: "sandboxk", password: SandboxAPIKey.demo.privateKey, method: "GET",
                uri: "/api/atlas/v2/orgs", challenge: challenge
            )
            let response = try await client.raw("GET", path, headers: ["Accept": TestClient.versioned, "Authorization": header])
            #expect(response.status == 401)
        }
    }
}
