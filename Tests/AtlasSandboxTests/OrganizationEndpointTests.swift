@testable import AtlasSandbox
import Testing

@Suite struct OrganizationEndpointTests {
    @Test func listsTheThreeDemoOrganizationsWithAtlasShape() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/orgs")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/vnd.atlas.2023-01-01+json;charset=utf-8")
            let names = response.json["results"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
            #expect(names == DemoSeed.organizations.map(\.name))
            #expect(response.json["totalCount"]?.intValue == 3)
            let first = try #require(response.json["results"]?[0])
            #expect(first["isDeleted"] == .bool(false))
            #expect(first["skipDefaultAlertsSettings"] == .bool(false))
            #expect(first["links"]?[0]?["rel"]?.stringValue == "self")
        }
    }

    @Test func filtersOrganizationsByCaseInsensitiveNamePrefix() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/orgs?name=nordWIND")
            let names = response.json["results"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
            #expect(names == ["Nordwind-Logistik-GmbH"])
            #expect(response.json["totalCount"]?.intValue == 1)
        }
    }

    @Test func getsOneOrganization() async throws {
        try await withSandbox { (_, client) async throws in
            let organization = DemoSeed.organizations[2]
            let response = try await client.send("GET", "/api/atlas/v2/orgs/\(organization.id)")
            #expect(response.status == 200)
            #expect(response.json["name"]?.stringValue == organization.name)
            #expect(response.json["id"]?.stringValue == organization.id)
        }
    }

    @Test func malformedOrganizationIdIsInvalidOrgID() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/orgs/not-an-id")
            #expect(response.status == 404)
            #expect(response.errorCode == "INVALID_ORG_ID")
            #expect(response.json["detail"]?.stringValue == "An invalid organization ID not-an-id was specified.")
        }
    }

    @Test func unknownOrganizationIsOrgNotFound() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/orgs/aaaaaaaaaaaaaaaaaaaaaaaa")
            #expect(response.status == 404)
            #expect(response.errorCode == "ORG_NOT_FOUND")
        }
    }

    @Test func listsAnOrganizationsProjectsWithNameFilter() async throws {
        try await withSandbox { (_, client) async throws in
            let sakura = DemoSeed.organizations[2].id
            let all = try await client.send("GET", "/api/atlas/v2/orgs/\(sakura)/groups")
            let expected = DemoSeed.projects.filter { $0.orgID == sakura }
            #expect(all.json["totalCount"]?.intValue == expected.count)
            #expect(all.json["results"]?.arrayValue?.allSatisfy { $0["orgId"]?.stringValue == sakura } == true)

            let filtered = try await client.send("GET", "/api/atlas/v2/orgs/\(sakura)/groups?name=%E6%9C%AC%E7%95%AA")
            let names = filtered.json["results"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
            #expect(names == ["本番-決済サービス"])
        }
    }
}
