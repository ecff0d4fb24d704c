@testable import AtlasSandbox
import Testing

/// Roles and the versioned media type.
@Suite struct AccessTests {
    let body = #"{"type":"PAGER_DUTY","serviceKey":"0123456789abcdef0123456789abcdef"}"#

    @Test func readOnlyKeyReadsButEveryWriteIsUserUnauthorized() async throws {
        try await withSandbox { (_, client) async throws in
            let readOnly = TestClient.Credentials.digest(.demoReadOnly)
            #expect(try await client.send("GET", Paths.integrations(DemoSeed.paymentsProjectID), as: readOnly).status == 200)
            for (method, path) in [
                ("POST", Paths.integration(DemoSeed.emptyProjectID, "PAGER_DUTY")),
                ("PUT", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY")),
                ("DELETE", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY")),
            ] {
                let response = try await client.send(method, path, body: method == "DELETE" ? nil : body, as: readOnly)
                #expect(response.status == 401, "\(method)")
                #expect(response.errorCode == "USER_UNAUTHORIZED", "\(method)")
                #expect(response.json["detail"]?.stringValue == "Current user is not authorized to perform this action.")
            }
            #expect(try await client.send("GET", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY")).status == 200)
        }
    }

    @Test func configuredKeysReplaceTheDemoKeys() async throws {
        let mine = SandboxAPIKey(publicKey: "abcdefgh", privateKey: "11111111-2222-3333-4444-555555555555", readOnly: true)
        try await withSandbox(SandboxConfiguration(apiKeys: [mine])) { (_, client) async throws in
            #expect(try await client.send("GET", "/api/atlas/v2/orgs", as: .digest(mine)).status == 200)
            #expect(try await client.send("GET", "/api/atlas/v2/orgs", as: .digest(.demo)).status == 401)
            #expect(try await client.send("DELETE", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY"), as: .digest(mine))
                .errorCode == "USER_UNAUTHORIZED")
        }
    }

    @Test(arguments: [nil, "application/json", "*/*", "application/vnd.atlas.2022-12-31+json", "application/vnd.atlas.preview+json"])
    func requestWithoutAUsableVersionIsInvalidVersionDate(accept: String?) async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups", accept: accept)
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_VERSION_DATE")
            #expect(response.json["detail"]?.stringValue == "There is no version number in the request.")
            #expect(response.json["reason"]?.stringValue == "Bad Request")
            #expect(response.json["parameters"] == .array([]))
        }
    }

    @Test(arguments: ["application/vnd.atlas.2023-01-01+json", "application/vnd.atlas.2025-03-12+json",
                      "application/json, application/vnd.atlas.2024-08-05+json;q=0.9"])
    func versionOnOrAfter20230101IsServedAs20230101(accept: String) async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups", accept: accept)
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/vnd.atlas.2023-01-01+json;charset=utf-8")
        }
    }

    @Test func systemStatusNamesTheCallingKey() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2", as: .digest(.demoReadOnly))
            #expect(response.status == 200)
            #expect(response.json["apiKey"]?["publicKey"]?.stringValue == "sandboxr")
        }
    }
}
