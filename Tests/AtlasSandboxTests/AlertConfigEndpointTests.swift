@testable import AtlasSandbox
import Testing

/// `GET /groups/{groupId}/alertConfigs` as Atlas serves it, and the one
/// delete Atlas refuses while alerts still use the integration.
@Suite struct AlertConfigEndpointTests {
    static func path(_ project: String) -> String { "/api/atlas/v2/groups/\(project)/alertConfigs" }

    @Test func listsAProjectsAlertConfigurationsInTheSpecsShape() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", Self.path(DemoSeed.paymentsProjectID))
            #expect(response.status == 200)
            #expect(response.json["totalCount"]?.intValue == 4)
            let results = response.json["results"]?.arrayValue ?? []
            #expect(results.compactMap { $0["eventTypeName"]?.stringValue }
                == ["OUTSIDE_METRIC_THRESHOLD", "HOST_DOWN", "REPLICATION_OPLOG_WINDOW_RUNNING_OUT", "NO_PRIMARY"])
            let first = try #require(results.first)
            #expect(first["groupId"]?.stringValue == DemoSeed.paymentsProjectID)
            #expect(first["id"]?.stringValue == "65f0a1b2c3d4e5f6a7b8ca01")
            #expect(first["enabled"] == .bool(true))
            #expect(first["notifications"]?.arrayValue?.compactMap { $0["typeName"]?.stringValue } == ["PAGER_DUTY", "EMAIL"])
            #expect(first["notifications"]?[0]?["intervalMin"]?.intValue == 60)
            #expect(first["links"]?[0]?["href"]?.stringValue?.hasSuffix("/alertConfigs/65f0a1b2c3d4e5f6a7b8ca01") == true)
        }
    }

    @Test func pagesLikeEveryList() async throws {
        try await withSandbox { (_, client) async throws in
            let second = try await client.send("GET", Self.path(DemoSeed.paymentsProjectID) + "?itemsPerPage=3&pageNum=2")
            #expect(second.json["results"]?.arrayValue?.count == 1)
            #expect(second.json["totalCount"]?.intValue == 4)
            let rels = second.json["links"]?.arrayValue?.compactMap { $0["rel"]?.stringValue }
            #expect(rels == ["self", "previous"])
            let empty = try await client.send("GET", Self.path(DemoSeed.emptyProjectID))
            #expect(empty.json["results"]?.arrayValue?.isEmpty == true)
            #expect(empty.json["totalCount"]?.intValue == 0)
        }
    }

    @Test func aMalformedOrUnknownProjectIsRefusedAsForIntegrations() async throws {
        try await withSandbox { (_, client) async throws in
            let malformed = try await client.send("GET", Self.path("not-a-project"))
            #expect(malformed.status == 404)
            #expect(malformed.json["errorCode"]?.stringValue == "INVALID_GROUP_ID")
            let unknown = try await client.send("GET", Self.path("000000000000000000000000"))
            #expect(unknown.status == 401)
            #expect(unknown.json["errorCode"]?.stringValue == "NOT_IN_GROUP")
        }
    }

    @Test func aWebhookAlertsStillUseIsNotDeleted() async throws {
        try await withSandbox { (server, client) async throws in
            let project = DemoSeed.webhookProjectID
            let refused = try await client.send("DELETE", Paths.integration(project, "WEBHOOK"))
            #expect(refused.status == 400)
            #expect(refused.json["errorCode"]?.stringValue == "WEBHOOK_NOTIFICATIONS_PRESENT")
            let still = try await client.send("GET", Paths.integration(project, "WEBHOOK"))
            #expect(still.status == 200)
            // Other types go whatever notifies through them (Atlas stops those notifications).
            let pagerDuty = try await client.send("DELETE", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY"))
            #expect(pagerDuty.status == 204)
            _ = server
        }
    }
}
