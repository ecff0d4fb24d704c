@testable import AtlasSandbox
import Testing

@Suite struct IntegrationEndpointTests {
    let project = DemoSeed.emptyProjectID
    let pagerDuty = #"{"type":"PAGER_DUTY","serviceKey":"0123456789abcdef0123456789abcdef","region":"EU"}"#

    @Test func listsSeededIntegrationsInAtlasTypeOrder() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", Paths.integrations(DemoSeed.slackProjectID))
            #expect(response.status == 200)
            let types = response.json["results"]?.arrayValue?.compactMap { $0["type"]?.stringValue }
            #expect(types == ["SLACK", "PROMETHEUS"])
            #expect(response.json["totalCount"]?.intValue == 2)
        }
    }

    @Test func getsOneIntegrationAsABareObject() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", Paths.integration(DemoSeed.storefrontProjectID, "DATADOG"))
            #expect(response.status == 200)
            #expect(response.json["id"]?.stringValue == "65f0a1b2c3d4e5f6a7b8c903")
            #expect(response.json["apiKey"]?.stringValue == "****************************f024")
            #expect(response.json["region"]?.stringValue == "EU")
            #expect(response.json["sendDatabaseMetrics"] == .bool(true))
            #expect(response.json["customEndpoint"] == .null)
            #expect(response.json["results"] == nil)
        }
    }

    @Test func createAnswers200WithThePageOfAllIntegrations() async throws {
        try await withSandbox { (_, client) async throws in
            let project = DemoSeed.paymentsProjectID
            let body = #"{"type":"WEBHOOK","url":"https://example.com/hook","secret":"s3cr3t-value"}"#
            let response = try await client.send("POST", Paths.integration(project, "WEBHOOK"), body: body)
            #expect(response.status == 200)
            let types = response.json["results"]?.arrayValue?.compactMap { $0["type"]?.stringValue }
            #expect(types == ["PAGER_DUTY", "OPS_GENIE", "WEBHOOK"])
            #expect(response.json["totalCount"]?.intValue == 3)
            let selfLink = response.json["links"]?[0]?["href"]?.stringValue ?? ""
            #expect(selfLink.hasSuffix("\(Paths.integration(project, "WEBHOOK"))?includeCount=true&pageNum=1&itemsPerPage=100"))
            let created = response.json["results"]?.arrayValue?.first { $0["type"]?.stringValue == "WEBHOOK" }
            #expect(ObjectId.isValid(created?["id"]?.stringValue ?? ""))
        }
    }

    @Test func secondCreateOfTheSameTypeIsAlreadyConfigured() async throws {
        try await withSandbox { (_, client) async throws in
            _ = try await client.send("POST", Paths.integration(project, "PAGER_DUTY"), body: pagerDuty)
            let again = try await client.send("POST", Paths.integration(project, "PAGER_DUTY"), body: pagerDuty)
            #expect(again.status == 409)
            #expect(again.errorCode == "INTEGRATION_ALREADY_CONFIGURED")
            #expect(again.json["detail"]?.stringValue == "The integration of type 'PAGER_DUTY' is already configured for this group.")
            #expect(again.json["reason"]?.stringValue == "Conflict")
        }
    }

    @Test func getOfAnUnconfiguredTypeIsNotConfigured() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", Paths.integration(project, "OPS_GENIE"))
            #expect(response.status == 404)
            #expect(response.errorCode == "INTEGRATION_NOT_CONFIGURED")
            #expect(response.json["detail"]?.stringValue == "The integration of type 'OPS_GENIE' is not configured for this group.")
            #expect(response.json["parameters"] == .array([.string("OPS_GENIE")]))
        }
    }

    @Test func deleteAnswers204ThenTheTypeIsGone() async throws {
        try await withSandbox { (_, client) async throws in
            let path = Paths.integration(DemoSeed.legacyProjectID, "NEW_RELIC")
            let deleted = try await client.send("DELETE", path)
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            #expect(try await client.send("GET", path).status == 404)
            let again = try await client.send("DELETE", path)
            #expect(again.status == 404)
            #expect(again.errorCode == "INTEGRATION_NOT_CONFIGURED")
        }
    }

    @Test func updateReplacesSettingsAndKeepsTheId() async throws {
        try await withSandbox { (_, client) async throws in
            let path = Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY")
            let body = #"{"type":"PAGER_DUTY","serviceKey":"ffffffffffffffffffffffffffff1234","region":"EU"}"#
            let response = try await client.send("PUT", path, body: body)
            #expect(response.status == 200)
            #expect(response.json["results"]?.arrayValue?.count == 2)
            let read = try await client.send("GET", path)
            #expect(read.json["id"]?.stringValue == "65f0a1b2c3d4e5f6a7b8c901")
            #expect(read.json["serviceKey"]?.stringValue == "****************************1234")
            #expect(read.json["region"]?.stringValue == "EU")
        }
    }

    @Test func updateOfAnUnconfiguredTypeCreatesIt() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("PUT", Paths.integration(project, "PAGER_DUTY"), body: pagerDuty)
            #expect(response.status == 200)
            #expect(response.json["results"]?[0]?["type"]?.stringValue == "PAGER_DUTY")
        }
    }

    @Test func prometheusPasswordIsNeverReturned() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"type":"PROMETHEUS","username":"prom_user","password":"hunter2hunter2","serviceDiscovery":"file","enabled":true}"#
            let created = try await client.send("POST", Paths.integration(project, "PROMETHEUS"), body: body)
            #expect(created.status == 200)
            #expect(!created.text.contains("hunter2"))
            let read = try await client.send("GET", Paths.integration(project, "PROMETHEUS"))
            #expect(read.json["password"] == nil)
            #expect(read.json["username"]?.stringValue == "prom_user")
            #expect(read.json["sendUserProvidedResourceTagsEnabled"] == .bool(false))
            // A PUT that leaves the write-only password out keeps it.
            let update = #"{"type":"PROMETHEUS","username":"prom_user","serviceDiscovery":"http","enabled":false}"#
            #expect(try await client.send("PUT", Paths.integration(project, "PROMETHEUS"), body: update).status == 200)
        }
    }

    /// The schema requires the token with every write, and only the token
    /// itself will do: the masked copy a read returns is refused, so only a
    /// holder of the OAuth2 token can change the channel.
    @Test func slackSeededThroughOAuthCanChangeOnlyItsChannel() async throws {
        try await withSandbox { (_, client) async throws in
            let path = Paths.integration(DemoSeed.slackProjectID, "SLACK")
            let read = try await client.send("GET", path)
            let maskedToken = try #require(read.json["apiToken"]?.stringValue)
            #expect(maskedToken == Masking.tail(DemoSeed.slackAPIToken))
            let masked = #"{"type":"SLACK","apiToken":"\#(maskedToken)","channelName":"lager-ops"}"#
            #expect(try await client.send("PUT", path, body: masked).errorCode == "MUST_RECONFIGURE_SLACK_OAUTH2")
            let missing = #"{"type":"SLACK","channelName":"lager-ops"}"#
            #expect(try await client.send("PUT", path, body: missing).errorCode == "MISSING_ATTRIBUTE")
            let body = #"{"type":"SLACK","apiToken":"\#(DemoSeed.slackAPIToken)","channelName":"lager-ops","teamName":"Nordwind Logistik"}"#
            let updated = try await client.send("PUT", path, body: body)
            #expect(updated.status == 200)
            #expect(try await client.send("GET", path).json["channelName"]?.stringValue == "lager-ops")
        }
    }

    @Test func requestsToUnknownProjectsAreNotInGroup() async throws {
        try await withSandbox { (_, client) async throws in
            let unknown = "0000000000000000000000ff"
            for (method, path) in [("GET", Paths.integrations(unknown)), ("POST", Paths.integration(unknown, "PAGER_DUTY")),
                                   ("DELETE", Paths.integration(unknown, "PAGER_DUTY"))] {
                let response = try await client.send(method, path, body: method == "POST" ? pagerDuty : nil)
                #expect(response.status == 401, "\(method)")
                #expect(response.errorCode == "NOT_IN_GROUP", "\(method)")
            }
            let malformed = try await client.send("GET", Paths.integrations("xyz"))
            #expect(malformed.status == 404)
            #expect(malformed.errorCode == "INVALID_GROUP_ID")
        }
    }
}
