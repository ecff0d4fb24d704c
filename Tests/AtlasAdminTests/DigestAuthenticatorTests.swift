import AtlasHashing
import Foundation
import Synchronization
import Testing
@testable import AtlasAdmin
import TestSupport

/// Nonce reuse and the one re-authentication, against a scripted server that
/// checks every signature.
@Suite struct DigestAuthenticatorTests {
    static let projectID = "6a79404f2c88faeba59beea6"

    /// A strict Digest server, like Atlas's and the sandbox's: a new nonce
    /// per challenge, the response hash checked, `nc` that must grow per
    /// nonce, and nonces that can be expired on demand.
    final class Server: @unchecked Sendable {
        struct State {
            var issued = 0
            /// Nonce → highest `nc` seen.
            var nonces: [String: Int] = [:]
            var rejectedSigned = 0
        }

        let state = Mutex(State())
        let algorithm: DigestAlgorithm
        let password: String

        init(algorithm: DigestAlgorithm = .md5, password: String = "private-key") {
            self.algorithm = algorithm
            self.password = password
        }

        func expireNonces() { state.withLock { $0.nonces = [:] } }

        /// Signed requests refused for a reason other than an expired nonce.
        var rejectedSigned: Int { state.withLock { $0.rejectedSigned } }

        lazy var transport = ScriptedTransport { [unowned self] request throws(AtlasError) in
            self.answer(request)
        }

        private func challenge(stale: Bool) -> HTTPResponse {
            let nonce = state.withLock { state -> String in
                state.issued += 1
                let nonce = "nonce-\(state.issued)"
                state.nonces[nonce] = 0
                return nonce
            }
            return HTTPResponse(
                status: 401,
                headers: ["WWW-Authenticate": #"Digest realm="MMS Public API", domain="", nonce="\#(nonce)", algorithm=\#(algorithm.rawValue), qop="auth", stale=\#(stale)"#],
                body: Data(#"{"error":401,"errorCode":"UNAUTHORIZED","detail":"You are not authorized for this resource.","reason":"Unauthorized"}"#.utf8))
        }

        private func answer(_ request: HTTPRequest) -> HTTPResponse {
            guard let header = request.headers["Authorization"],
                  let sent = AuthenticationChallenge.parse(header).first, sent.isScheme("Digest"),
                  let ncText = sent.parameters["nc"], let nc = Int(ncText, radix: 16),
                  let cnonce = sent.parameters["cnonce"],
                  let username = sent.parameters["username"], let nonce = sent.parameters["nonce"]
            else { return challenge(stale: false) }
            let expected = DigestResponse(
                challenge: DigestChallenge(realm: "MMS Public API", nonce: nonce, opaque: nil, algorithm: algorithm),
                username: username, password: password, method: request.method.rawValue,
                uri: request.requestTarget, nonceCount: nc, clientNonce: cnonce)
            guard sent.parameters["uri"] == request.requestTarget, sent.parameters["response"] == expected.response else {
                state.withLock { $0.rejectedSigned += 1 }
                return challenge(stale: false)
            }
            enum Verdict { case ok, stale, replay }
            let verdict = state.withLock { state -> Verdict in
                guard let highest = state.nonces[nonce] else { return .stale }
                guard nc > highest else { return .replay }
                state.nonces[nonce] = nc
                return .ok
            }
            switch verdict {
            case .stale: return challenge(stale: true)
            case .replay:
                state.withLock { $0.rejectedSigned += 1 }
                return challenge(stale: false)
            case .ok:
                let body = request.method == .get ? #"{"results":[]}"# : RecordedBodies.createWebhookPage
                return HTTPResponse(status: 200, body: Data(body.utf8))
            }
        }
    }

    private func client(_ server: Server, privateKey: String = "private-key") -> AtlasClient {
        AtlasClient.scripted(
            server.transport, credentials: .apiKey(publicKey: "abcdefgh", privateKey: SecretValue(privateKey)))
    }

    @Test(arguments: [DigestAlgorithm.md5, .sha256])
    func aWarmClientSendsEachCallOnce(algorithm: DigestAlgorithm) async throws {
        let server = Server(algorithm: algorithm)
        let client = client(server)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        #expect(server.transport.requests.count == 2)  // cold: challenge, then signed
        for _ in 0..<5 {
            _ = try await client.listIntegrations(projectID: Self.projectID)
        }
        _ = try await client.create(try IntegrationSettings(.webhook, ["url": .text("https://example.com/h")]), projectID: Self.projectID)
        #expect(server.transport.requests.count == 8)
        #expect(server.rejectedSigned == 0)
        let counts = server.transport.requests.compactMap { request in
            request.headers["Authorization"].flatMap { AuthenticationChallenge.parse($0).first?.parameters["nc"] }
        }
        #expect(counts == (1...7).map { String(format: "%08x", $0) })
    }

    @Test func anExpiredNonceCostsOneExtraRoundTrip() async throws {
        let server = Server()
        let client = client(server)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        server.expireNonces()
        _ = try await client.create(try IntegrationSettings(.webhook, ["url": .text("https://example.com/h")]), projectID: Self.projectID)
        #expect(server.transport.requests.count == 4)
        // The body went out twice: once refused, once accepted.
        #expect(server.transport.requests.suffix(2).allSatisfy { $0.body != nil })
        _ = try await client.listIntegrations(projectID: Self.projectID)
        #expect(server.transport.requests.count == 5)
    }

    @Test func aWrongKeyGivesUpAfterOneReauthentication() async {
        let server = Server()
        do {
            _ = try await client(server, privateKey: "wrong").listIntegrations(projectID: Self.projectID)
            Issue.record("a wrong key was accepted")
        } catch {
            #expect(error.status == 401)
            #expect(error.errorCode == "UNAUTHORIZED")
        }
        #expect(server.transport.requests.count == 2)
    }

    @Test func parallelCallsNeverShareANonceCount() async throws {
        let server = Server()
        let client = client(server)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<40 {
                group.addTask { _ = try await client.listIntegrations(projectID: Self.projectID) }
            }
            try await group.waitForAll()
        }
        // Requests in flight together each got a nonce of their own, so none
        // was refused for a replayed count.
        #expect(server.rejectedSigned == 0)
        let unsigned = server.transport.requests.filter { $0.headers["Authorization"] == nil }.count
        #expect(server.transport.requests.count == 42 + unsigned - 1)
        // Warm again: sequential calls need no new challenge.
        let before = server.transport.requests.count
        for _ in 0..<5 { _ = try await client.listIntegrations(projectID: Self.projectID) }
        #expect(server.transport.requests.count == before + 5)
    }

    @Test func aMissingRoleIsNotReauthenticated() async {
        let transport = ScriptedTransport { request throws(AtlasError) in
            HTTPResponse(
                status: 401,
                headers: ["WWW-Authenticate": #"Digest realm="r", nonce="n", algorithm=MD5, qop="auth""#],
                body: Data(#"{"error":401,"errorCode":"USER_UNAUTHORIZED","detail":"Current user is not authorized to perform this action."}"#.utf8))
        }
        let client = AtlasClient.scripted(
            transport, credentials: .apiKey(publicKey: "abcdefgh", privateKey: SecretValue("k")))
        await #expect(throws: AtlasError.self) { try await client.delete(.webhook, projectID: Self.projectID) }
        // Cold challenge, then the signed request refused for its role: no third try.
        #expect(transport.requests.count == 2)
    }

    @Test func nextNonceFromAuthenticationInfoIsAdopted() async throws {
        let authenticator = DigestAuthenticator(publicKey: "abcdefgh", privateKey: SecretValue("k"))
        let request = HTTPRequest(method: .get, url: URL(string: "http://127.0.0.1/api/atlas/v2")!)
        _ = try await authenticator.recover(
            from: HTTPResponse(status: 401, headers: ["WWW-Authenticate": #"Digest realm="r", nonce="one", qop="auth""#]),
            authorization: nil)
        let first = try #require(try await authenticator.authorization(for: request))
        #expect(first.contains(#"nonce="one""#) && first.contains("nc=00000001"))
        authenticator.finished(
            HTTPResponse(status: 200, headers: ["Authentication-Info": #"nextnonce="two", qop=auth"#]),
            authorization: first)
        let second = try #require(try await authenticator.authorization(for: request))
        #expect(second.contains(#"nonce="two""#) && second.contains("nc=00000001"))
    }
}
