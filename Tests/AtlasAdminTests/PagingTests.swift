import Foundation
import Synchronization
import Testing
@testable import AtlasAdmin

@Suite struct PagingTests {
    private func pageNumbers(_ transport: ScriptedTransport) -> [Int] {
        transport.requests.compactMap { request in
            URLComponents(url: request.url, resolvingAgainstBaseURL: false)?
                .queryItems?.first { $0.name == "pageNum" }?.value.flatMap(Int.init)
        }
    }

    @Test func readsEveryPageOnceWhenTheTotalIsRight() async throws {
        let transport = ScriptedProjectServer.transport(count: 1234, reportedTotal: 1234)
        let progress = Mutex<[(Int, Int?)]>([])
        let projects = try await AtlasClient.scripted(transport, pageSize: 100).listProjects { loaded, total in
            progress.withLock { $0.append((loaded, total)) }
        }
        #expect(projects.count == 1234)
        #expect(Set(projects.map(\.id)).count == 1234)
        #expect(projects.first?.name == "Project 0" && projects.last?.name == "Project 1233")
        #expect(pageNumbers(transport).sorted() == Array(1...13))
        let reports = progress.withLock { $0 }
        #expect(reports.count == 13)
        #expect(reports.last?.0 == 1234 && reports.last?.1 == 1234)
        #expect(transport.requests.allSatisfy { $0.url.query?.contains("itemsPerPage=100") == true })
    }

    @Test func goesOnPastAnUnderestimatedTotalUntilAShortPage() async throws {
        let transport = ScriptedProjectServer.transport(count: 1050, reportedTotal: 700)
        let projects = try await AtlasClient.scripted(transport, pageSize: 100).listProjects()
        #expect(projects.count == 1050)
        #expect(pageNumbers(transport).sorted() == Array(1...11))
    }

    @Test func stopsAtAShortPageWhenTheTotalIsOverestimated() async throws {
        let transport = ScriptedProjectServer.transport(count: 250, reportedTotal: 600)
        let projects = try await AtlasClient.scripted(transport, pageSize: 100).listProjects()
        #expect(projects.count == 250)
        #expect(pageNumbers(transport).sorted() == Array(1...6))
    }

    @Test func pagesSequentiallyWithoutATotal() async throws {
        let transport = ScriptedProjectServer.transport(count: 300, reportedTotal: nil)
        let projects = try await AtlasClient.scripted(transport, pageSize: 100).listProjects()
        #expect(projects.count == 300)
        #expect(pageNumbers(transport) == [1, 2, 3, 4])
    }

    @Test func aSinglePageListIsOneRequest() async throws {
        let transport = ScriptedProjectServer.transport(count: 37, reportedTotal: 37)
        let projects = try await AtlasClient.scripted(transport).listProjects()
        #expect(projects.count == 37)
        #expect(transport.requests.count == 1)
        #expect(transport.requests.first?.url.query?.contains("itemsPerPage=500") == true)
    }

    @Test func duplicatesFromAShiftingListAreKeptOnce() async throws {
        // Every page repeats the last project of the page before.
        let transport = ScriptedTransport { request throws(AtlasError) in
            let number = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?
                .queryItems?.first { $0.name == "pageNum" }?.value.flatMap(Int.init) ?? 1
            let indices = number == 1 ? Array(0..<10) : number == 2 ? Array(9..<19) : []
            let results = indices.map { #"{"id":"\#(ScriptedProjectServer.projectID($0))","name":"P\#($0)"}"# }
            return HTTPResponse(status: 200, body: Data(#"{"results":[\#(results.joined(separator: ","))],"totalCount":20}"#.utf8))
        }
        let projects = try await AtlasClient.scripted(transport, pageSize: 10).listProjects()
        #expect(projects.map(\.name) == (0..<19).map { "P\($0)" })
    }

    @Test func nameFilterIsSentForAnOrganizationAndAppliedForAll() async throws {
        let transport = ScriptedProjectServer.transport(count: 30, reportedTotal: 30)
        let client = AtlasClient.scripted(transport)
        let all = try await client.listProjects(nameFilter: "project 1")
        #expect(all.map(\.name) == ["Project 1"] + (10...19).map { "Project \($0)" })
        _ = try await client.listProjects(orgID: "a0123456789abcdef012345a", nameFilter: "Pro j")
        #expect(transport.requests.last?.requestTarget.hasPrefix(
            "/api/atlas/v2/orgs/a0123456789abcdef012345a/groups?name=Pro%20j&") == true)
    }

    @Test func aFailingPageFailsTheList() async {
        let transport = ScriptedTransport { request throws(AtlasError) in
            if request.url.query?.contains("pageNum=3") == true {
                return HTTPResponse(status: 404, body: Data(#"{"error":404,"errorCode":"ORG_NOT_FOUND"}"#.utf8))
            }
            return try ScriptedProjectServer.transport(count: 500, reportedTotal: 500).responderResult(request)
        }
        await #expect(throws: AtlasError.self) {
            _ = try await AtlasClient.scripted(transport, pageSize: 100).listProjects()
        }
    }
}

extension ScriptedTransport {
    /// Answers `request` as this transport would, without recording it.
    func responderResult(_ request: HTTPRequest) throws(AtlasError) -> HTTPResponse {
        try respond(request)
    }
}
