@testable import AtlasSandbox
import Foundation
import TestSupport
import Testing

@Suite struct OAuthTests {
    let form = "application/x-www-form-urlencoded"
    let account = SandboxServiceAccount.demo

    @Test func clientCredentialsGrantIssuesABearerToken() async throws {
        try await withSandbox { (server, client) async throws in
            let response = try await client.send(
                "POST", "/api/oauth/token", body: "grant_type=client_credentials",
                as: .basic(account.clientID, account.clientSecret), accept: "application/json", contentType: form
            )
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/json")
            #expect(response.json["token_type"]?.stringValue == "Bearer")
            #expect(response.json["expires_in"]?.intValue == 3600)
            let token = try #require(response.json["access_token"]?.stringValue)
            let groups = try await client.send("GET", "/api/atlas/v2/groups", as: .bearer(token))
            #expect(groups.status == 200)
            #expect(server.requestLog().last?.auth == .bearer)
            #expect(server.requestLog().last?.principal == account.clientID)
            // Service accounts may write.
            let body = #"{"type":"OPS_GENIE","apiKey":"abc-123","region":"US"}"#
            #expect(try await client.send("POST", Paths.integration(DemoSeed.emptyProjectID, "OPS_GENIE"), body: body, as: .bearer(token)).status == 200)
        }
    }

    @Test func wrongClientSecretIsInvalidClient() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send(
                "POST", "/api/oauth/token", body: "grant_type=client_credentials",
                as: .basic(account.clientID, "nope"), accept: "application/json", contentType: form
            )
            #expect(response.status == 401)
            #expect(response.json["error"]?.stringValue == "invalid_client")
            #expect(response.json["error_description"]?.stringValue == "client authentication failed")
        }
    }

    @Test func otherGrantTypesAreRefused() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send(
                "POST", "/api/oauth/token", body: "grant_type=password&username=a&password=b",
                as: .basic(account.clientID, account.clientSecret), accept: "application/json", contentType: form
            )
            #expect(response.status == 400)
            #expect(response.json["error"]?.stringValue == "unsupported_grant_type")
        }
    }

    @Test func revokedTokenIsRejected() async throws {
        try await withSandbox { (_, client) async throws in
            let token = try await client.token()
            #expect(try await client.send("GET", "/api/atlas/v2/orgs", as: .bearer(token)).status == 200)
            let revoke = try await client.send(
                "POST", "/api/oauth/revoke", body: "token=\(token)&token_type_hint=access_token",
                as: .basic(account.clientID, account.clientSecret), accept: "application/json", contentType: form
            )
            #expect(revoke.status == 200)
            let after = try await client.send("GET", "/api/atlas/v2/orgs", as: .bearer(token))
            #expect(after.status == 401)
            #expect(after.errorCode == "UNAUTHORIZED")
            #expect(after.header("WWW-Authenticate")?.contains("invalid_token") == true)
        }
    }

    @Test func revokeNeedsClientAuthentication() async throws {
        try await withSandbox { (_, client) async throws in
            let token = try await client.token()
            let revoke = try await client.send(
                "POST", "/api/oauth/revoke", body: "token=\(token)", as: .none, accept: "application/json", contentType: form
            )
            #expect(revoke.status == 401)
            #expect(try await client.send("GET", "/api/atlas/v2/orgs", as: .bearer(token)).status == 200)
        }
    }

    @Test func tokenExpiresAfterItsLifetime() async throws {
        let clock = TestClock()
        try await withSandbox(SandboxConfiguration(tokenLifetime: .seconds(3600), clock: clock)) { (_, client) async throws in
            let response = try await client.send(
                "POST", "/api/oauth/token", body: "grant_type=client_credentials",
                as: .basic(account.clientID, account.clientSecret), accept: "application/json", contentType: form
            )
            #expect(response.json["expires_in"]?.intValue == 3600)
            let token = try #require(response.json["access_token"]?.stringValue)
            clock.advance(by: .seconds(3599))
            #expect(try await client.send("GET", "/api/atlas/v2/orgs", as: .bearer(token)).status == 200)
            clock.advance(by: .seconds(1))
            let expired = try await client.send("GET", "/api/atlas/v2/orgs", as: .bearer(token))
            #expect(expired.status == 401)
            #expect(expired.errorCode == "UNAUTHORIZED")
        }
    }

    @Test func expireTokensFaultEndsEveryToken() async throws {
        try await withSandbox { (server, client) async throws in
            let token = try await client.token()
            server.addFault(FaultRule(route: "* /api/atlas/v2/**", kind: .expireTokens, count: 1))
            #expect(try await client.send("GET", "/api/atlas/v2/groups", as: .bearer(token)).status == 401)
        }
    }

    @Test func unknownBearerTokenIsUnauthorized() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups", as: .bearer("made-up"))
            #expect(response.status == 401)
        }
    }
}
