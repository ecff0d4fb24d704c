import Foundation
import Synchronization
import TestSupport
import Testing
@testable import AtlasAdmin

/// Token requests, reuse, refresh and revocation against a scripted server.
@Suite struct ServiceAccountTests {
    static let projectID = "6a79404f2c88faeba59beea6"

    final class Server: @unchecked Sendable {
        let issued = Mutex(0)
        let revoked = Mutex<[String]>([])
        let validToken = Mutex<String?>(nil)
        let expiresIn: Int

        init(expiresIn: Int = 3600) {
            self.expiresIn = expiresIn
        }

        lazy var transport = ScriptedTransport { [unowned self] request throws(AtlasError) in
            self.answer(request)
        }

        func revokeAll() { validToken.withLock { $0 = nil } }

        private func answer(_ request: HTTPRequest) -> HTTPResponse {
            let expectedBasic = "Basic " + Data("mdb_sa_id_1:mdb_sa_sk_2".utf8).base64EncodedString()
            switch request.url.path {
            case "/api/oauth/token":
                guard request.headers["Authorization"] == expectedBasic,
                      request.headers["Content-Type"] == "application/x-www-form-urlencoded",
                      request.body == Data("grant_type=client_credentials".utf8)
                else {
                    return HTTPResponse(status: 401, body: Data(#"{"error":"invalid_client","error_description":"bad client"}"#.utf8))
                }
                let token = issued.withLock { count -> String in
                    count += 1
                    return "token-\(count)"
                }
                validToken.withLock { $0 = token }
                return HTTPResponse(status: 200, body: Data(#"{"access_token":"\#(token)","token_type":"Bearer","expires_in":\#(expiresIn)}"#.utf8))
            case "/api/oauth/revoke":
                let body = String(decoding: request.body ?? Data(), as: UTF8.self)
                revoked.withLock { $0.append(body) }
                return HTTPResponse(status: 200)
            default:
                let current = validToken.withLock { $0 }
                guard let current, request.headers["Authorization"] == "Bearer \(current)" else {
                    return HTTPResponse(status: 401, body: Data(#"{"error":401,"errorCode":"INVALID_TOKEN","detail":"expired"}"#.utf8))
                }
                return HTTPResponse(status: 200, body: Data(#"{"results":[]}"#.utf8))
            }
        }
    }

    private func client(
        _ server: Server, secret: String = "mdb_sa_sk_2", clock: any Clock<Duration> = TestClock()
    ) -> AtlasClient {
        AtlasClient.scripted(
            server.transport, credentials: .serviceAccount(clientID: "mdb_sa_id_1", clientSecret: SecretValue(secret)),
            clock: clock)
    }

    /// A one-hour token is used for 59 minutes (the default refresh margin
    /// is a minute), then replaced before Atlas would refuse it.
    @Test func theTokenIsReplacedAMinuteBeforeItExpires() async throws {
        let server = Server(expiresIn: 3600)
        let clock = TestClock()
        let client = client(server, clock: clock)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        clock.advance(by: .seconds(3539))
        _ = try await client.listIntegrations(projectID: Self.projectID)
        #expect(server.issued.withLock { $0 } == 1)
        clock.advance(by: .seconds(1))
        _ = try await client.listIntegrations(projectID: Self.projectID)
        #expect(server.issued.withLock { $0 } == 2)
        // token, call, call, new token, call: never a refused call.
        #expect(server.transport.requests.map(\.url.path).filter { $0 == "/api/oauth/token" }.count == 2)
        #expect(server.transport.requests.count == 5)
    }

    @Test func oneTokenServesManyCalls() async throws {
        let server = Server()
        let client = client(server)
        for _ in 0..<5 { _ = try await client.listIntegrations(projectID: Self.projectID) }
        #expect(server.issued.withLock { $0 } == 1)
        #expect(server.transport.requests.count == 6)
    }

    @Test func concurrentFirstCallsShareOneTokenRequest() async throws {
        let server = Server()
        let client = client(server)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<10 { group.addTask { _ = try await client.listIntegrations(projectID: Self.projectID) } }
            try await group.waitForAll()
        }
        #expect(server.issued.withLock { $0 } == 1)
    }

    @Test func aRevokedTokenIsReplacedOnceAndTheCallSucceeds() async throws {
        let server = Server()
        let client = client(server)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        server.revokeAll()
        _ = try await client.listIntegrations(projectID: Self.projectID)
        #expect(server.issued.withLock { $0 } == 2)
        // token, call, refused call, new token, call again
        #expect(server.transport.requests.count == 5)
    }

    @Test func aWrongSecretIsReportedWithoutTheSecret() async {
        let server = Server()
        do {
            _ = try await client(server, secret: "wrong-secret-value").listIntegrations(projectID: Self.projectID)
            Issue.record("a wrong secret was accepted")
        } catch {
            #expect(error.status == 401)
            #expect(error.errorCode == "INVALID_CLIENT")
            #expect(!error.message.contains("wrong-secret-value"))
        }
    }

    @Test func closeRevokesTheToken() async throws {
        let server = Server()
        let client = client(server)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        await client.close()
        #expect(server.revoked.withLock { $0 } == ["token=token-1&token_type_hint=access_token"])
    }

    @Test func aShortLivedTokenIsRenewedBeforeItExpires() {
        let now = Duration.seconds(100)
        let hour = OAuthToken(accessToken: SecretValue("t"), expiresIn: .seconds(3600), refreshMargin: .seconds(60), now: now)
        #expect(hour.isUsable(at: now + .seconds(3539)))
        #expect(!hour.isUsable(at: now + .seconds(3540)))
        let short = OAuthToken(accessToken: SecretValue("t"), expiresIn: .seconds(10), refreshMargin: .seconds(60), now: now)
        #expect(short.isUsable(at: now + .seconds(4)))
        #expect(!short.isUsable(at: now + .seconds(5)))
    }

    @Test func formEncodingEscapesReservedCharacters() {
        #expect(FormEncoding.escape("a b+c/d=é*-._") == "a+b%2Bc%2Fd%3D%C3%A9*-._")
        #expect(FormEncoding.basicAuthorization(user: "id", password: SecretValue("s"))
            == "Basic " + Data("id:s".utf8).base64EncodedString())
    }
}
