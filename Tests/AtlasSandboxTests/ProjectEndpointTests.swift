@testable import AtlasSandbox
import Foundation
import Testing

@Suite struct ProjectEndpointTests {
    @Test func listsAllDemoProjectsWithGroupShape() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups?itemsPerPage=500")
            #expect(response.status == 200)
            #expect(response.json["totalCount"]?.intValue == DemoSeed.projects.count)
            let results = try #require(response.json["results"]?.arrayValue)
            #expect(results.compactMap { $0["id"]?.stringValue } == DemoSeed.projects.map(\.id))
            let project = try #require(results.first)
            let keys = project.objectValue.map { Array($0.keys).sorted() }
            #expect(keys == ["clusterCount", "created", "id", "links", "name", "orgId", "tags", "withDefaultAlertsSettings"])
        }
    }

    @Test func demoNamesMatchAtlasPatternAndIncludeA64CharacterName() throws {
        let pattern = try NSRegularExpression(pattern: #"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$"#)
        for project in DemoSeed.projects {
            let range = NSRange(project.name.startIndex..., in: project.name)
            #expect(pattern.firstMatch(in: project.name, range: range) != nil, "\(project.name)")
        }
        #expect(DemoSeed.projects.first { $0.id == DemoSeed.longNameProjectID }?.name.count == 64)
        #expect(DemoSeed.projects.count >= 35)
        #expect(Set(DemoSeed.projects.map(\.id)).count == DemoSeed.projects.count)
    }

    @Test func getsOneProject() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups/\(DemoSeed.longNameProjectID)")
            #expect(response.status == 200)
            #expect(response.json["name"]?.stringValue?.count == 64)
            #expect(response.json["clusterCount"]?.intValue == 2)
            #expect(response.json["created"]?.stringValue == "2025-08-10T03:06:57Z")
        }
    }

    @Test func malformedProjectIdIsInvalidGroupID() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups/12345")
            #expect(response.status == 404)
            #expect(response.errorCode == "INVALID_GROUP_ID")
            #expect(response.json["detail"]?.stringValue == "An invalid group ID 12345 was specified.")
            #expect(response.json["parameters"] == .array([.string("12345")]))
            #expect(response.json["reason"]?.stringValue == "Not Found")
        }
    }

    @Test func unknownProjectIsNotInGroup() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups/0123456789abcdef01234567")
            #expect(response.status == 401)
            #expect(response.errorCode == "NOT_IN_GROUP")
            #expect(response.json["detail"]?.stringValue == "The current user is not in the group, or the group does not exist.")
        }
    }

    @Test func findsAProjectByItsJapaneseName() async throws {
        try await withSandbox { (_, client) async throws in
            let name = "本番-決済サービス"
            let encoded = try #require(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed))
            let response = try await client.send("GET", "/api/atlas/v2/groups/byName/\(encoded)")
            #expect(response.status == 200)
            #expect(response.json["id"]?.stringValue == DemoSeed.paymentsProjectID)
            #expect(response.json["name"]?.stringValue == name)
        }
    }

    @Test func missingProjectNameIsNotInGroup() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups/byName/no-such-project")
            #expect(response.status == 401)
            #expect(response.errorCode == "NOT_IN_GROUP")
        }
    }

    @Test func emptySeedHasOneOrganizationAndNoProjects() async throws {
        try await withSandbox(SandboxConfiguration(seed: .empty)) { (_, client) async throws in
            let orgs = try await client.send("GET", "/api/atlas/v2/orgs")
            #expect(orgs.json["totalCount"]?.intValue == 1)
            let groups = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(groups.json["totalCount"]?.intValue == 0)
            #expect(groups.json["results"] == .array([]))
        }
    }

    @Test func unknownRouteIsResourceNotFoundAndWrongMethodIs405() async throws {
        try await withSandbox { (_, client) async throws in
            let missing = try await client.send("GET", "/api/atlas/v2/clusters")
            #expect(missing.status == 404)
            #expect(missing.errorCode == "RESOURCE_NOT_FOUND")
            let wrongMethod = try await client.send("PATCH", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY"), body: "{}")
            #expect(wrongMethod.status == 405)
        }
    }
}
