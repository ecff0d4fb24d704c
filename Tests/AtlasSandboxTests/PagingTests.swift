@testable import AtlasSandbox
import Foundation
import Testing

@Suite struct PagingTests {
    @Test(arguments: ["itemsPerPage=0", "itemsPerPage=501", "itemsPerPage=ten", "pageNum=0", "pageNum=-1",
                      "includeCount=maybe", "pretty=1", "envelope=yes"])
    func outOfRangeQueryIsInvalidQueryParameter(query: String) async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups?\(query)")
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_QUERY_PARAMETER")
            let name = String(query.prefix { $0 != "=" })
            #expect(response.json["detail"]?.stringValue == "Invalid query parameter \(name) specified.")
        }
    }

    @Test func pagesCarrySelfPreviousAndNextLinks() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups?itemsPerPage=7&pageNum=2")
            let links = response.json["links"]?.arrayValue ?? []
            let rels = links.compactMap { $0["rel"]?.stringValue }
            #expect(rels == ["self", "previous", "next"])
            let next = links.last?["href"]?.stringValue ?? ""
            #expect(next == "\(client.baseURL.absoluteString)/api/atlas/v2/groups?includeCount=true&pageNum=3&itemsPerPage=7")
            #expect(response.json["results"]?.arrayValue?.count == 7)
            #expect(response.json["results"]?[0]?["id"]?.stringValue == DemoSeed.projects[7].id)

            let last = try await client.send("GET", "/api/atlas/v2/groups?itemsPerPage=7&pageNum=6")
            #expect(last.json["results"]?.arrayValue?.count == DemoSeed.projects.count - 35)
            #expect(last.json["links"]?.arrayValue?.compactMap { $0["rel"]?.stringValue } == ["self", "previous"])

            let beyond = try await client.send("GET", "/api/atlas/v2/groups?itemsPerPage=7&pageNum=99")
            #expect(beyond.status == 200)
            #expect(beyond.json["results"] == .array([]))
        }
    }

    @Test func includeCountFalseOmitsTotalCount() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups?includeCount=false&itemsPerPage=3")
            #expect(response.json["totalCount"] == nil)
            #expect(response.json["results"]?.arrayValue?.count == 3)
        }
    }

    @Test func prettyIndentsTheSameDocument() async throws {
        try await withSandbox { (_, client) async throws in
            let plain = try await client.send("GET", "/api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)")
            let pretty = try await client.send("GET", "/api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)?pretty=true")
            #expect(!plain.text.contains("\n"))
            #expect(pretty.text.contains("\n  \"clusterCount\": 12,"))
            #expect(pretty.json == plain.json)
        }
    }

    @Test func envelopeWrapsSingleResourcesAndAddsStatusToLists() async throws {
        try await withSandbox { (_, client) async throws in
            let one = try await client.send("GET", "/api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)?envelope=true")
            #expect(one.status == 200)
            #expect(one.json["status"]?.intValue == 200)
            #expect(one.json["content"]?["id"]?.stringValue == DemoSeed.paymentsProjectID)

            let list = try await client.send("GET", "/api/atlas/v2/orgs?envelope=true")
            #expect(list.json["status"]?.intValue == 200)
            #expect(list.json["results"]?.arrayValue?.count == 3)

            let missing = try await client.send("GET", Paths.integration(DemoSeed.emptyProjectID, "WEBHOOK") + "?envelope=true")
            #expect(missing.status == 200)
            #expect(missing.json["status"]?.intValue == 404)
            #expect(missing.json["content"]?["errorCode"]?.stringValue == "INTEGRATION_NOT_CONFIGURED")
        }
    }

    @Test func integrationsListHonoursPaging() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", Paths.integrations(DemoSeed.paymentsProjectID) + "?itemsPerPage=1&pageNum=2")
            #expect(response.json["results"]?.arrayValue?.compactMap { $0["type"]?.stringValue } == ["OPS_GENIE"])
            #expect(response.json["totalCount"]?.intValue == 2)
        }
    }

    /// Only the ids are decoded, with a typed decoder: the check is about
    /// the server's paging, not the speed of generic JSON decoding.
    private struct IDPage: Decodable {
        struct Item: Decodable { var id: String }
        struct Link: Decodable { var rel: String }
        var results: [Item]
        var links: [Link]
        var totalCount: Int
    }

    @Test func twentyThousandProjectsPageCompletelyAndOnce() async throws {
        try await withSandbox(SandboxConfiguration(seed: .large(20_000))) { (_, client) async throws in
            var seen = Set<String>()
            var duplicates: [String] = []
            var malformed: [String] = []
            var pages = 0
            var pageNum = 1
            while true {
                let response = try await client.send("GET", "/api/atlas/v2/groups?itemsPerPage=500&pageNum=\(pageNum)")
                #expect(response.status == 200)
                let page = try JSONDecoder().decode(IDPage.self, from: response.body)
                #expect(page.totalCount == 20_000)
                for item in page.results {
                    if !ObjectId.isValid(item.id) { malformed.append(item.id) }
                    if !seen.insert(item.id).inserted { duplicates.append(item.id) }
                }
                pages += 1
                if page.results.count < 500 || !page.links.contains(where: { $0.rel == "next" }) { break }
                pageNum += 1
            }
            #expect(seen.count == 20_000)
            #expect(duplicates.isEmpty)
            #expect(malformed.isEmpty)
            #expect(pages == 40)

            let org = DemoSeed.organizations[1].id
            let filtered = try await client.send("GET", "/api/atlas/v2/orgs/\(org)/groups?name=LOAD-test-1999")
            // Projects are dealt round-robin to the three organizations.
            let expected = (19_990...19_999).filter { ($0 - 1) % 3 == 1 }.count
            #expect(filtered.json["totalCount"]?.intValue == expected)
            #expect(filtered.json["results"]?.arrayValue?.allSatisfy { $0["orgId"]?.stringValue == org } == true)
        }
    }
}
