import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

/// Projects handed over page by page while a large list is still loading:
/// in list order, each once, and the same list the call returns.
@Suite(.serialized) struct SandboxPageDeliveryTests {
    static let listRoute = "GET /api/atlas/v2/groups"

    private func client(_ sandbox: SandboxHarness, pageSize: Int) -> AtlasClient {
        AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: sandbox.baseURL, credentials: SandboxHarness.Scheme.digest.credentials,
            requestTimeout: .seconds(10), retryPolicy: SandboxHarness.quickRetries, pageSize: pageSize,
            clock: TestClock(sleepsEndAtOnce: true)))
    }

    /// Whether the sandbox has answered page `number` of the list yet.
    private func answered(_ sandbox: SandboxHarness, page number: Int) -> Bool {
        sandbox.server.requestLog().contains { $0.status == 200 && Self.pageNumber($0) == number }
    }

    private static func pageNumber(_ record: SandboxRequestRecord) -> Int? {
        record.query.split(separator: "&").first { $0.hasPrefix("pageNum=") }.flatMap { Int($0.dropFirst(8)) }
    }

    @Test func twentyThousandProjectsArriveInListOrderEachOnce() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(20_000))) { sandbox in
            let client = sandbox.client(.digest)
            let released = ReleasedPages()
            let projects = try await client.listProjects(pages: released.handler)
            #expect(projects.count == 20_000)
            #expect(released.ids == projects.map(\.id))
            #expect(Set(released.ids).count == 20_000)
            let calls = released.all
            #expect(calls.first?.names.first == "load-test-00001" && calls.first?.names.count == 500)
            #expect(calls.first?.total == 20_000)
            #expect(calls.last?.loaded == 20_000)
            await client.close()
        }
    }

    /// Page 3 is held up; pages 1 and 2 are handed over at once, pages
    /// fetched after 3 wait for it, and the order still holds.
    @Test func earlyPagesArriveWhileALaterPageIsDelayed() async throws {
        let held = TestClock()
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(2_000), clock: held)) { sandbox in
            sandbox.server.addFault(FaultRule(route: Self.listRoute + "?pageNum=3", kind: .latency(milliseconds: 1_500)))
            let client = client(sandbox, pageSize: 100)
            let released = ReleasedPages { answered(sandbox, page: 3) }
            let listing = Task { try await client.listProjects(pages: released.handler) }
            // Page 3 stays held on the sandbox's clock until a page fetched
            // after it has come back (and been held back too).
            try await held.waitForSleepers(1)
            try await waitUntil("a page after 3 to come back") {
                released.all.contains { $0.names.isEmpty && $0.loaded > 200 }
            }
            held.advance(by: .milliseconds(1_500))
            let projects = try await listing.value
            #expect(projects.map(\.name) == (1...2_000).map { String(format: "load-test-%05d", $0) })
            #expect(released.ids == projects.map(\.id))

            let calls = released.all
            let beforePage3 = calls.filter { !$0.note }
            // Pages 1 and 2 were handed over before the sandbox answered page 3.
            #expect(beforePage3.flatMap(\.names) == (1...200).map { String(format: "load-test-%05d", $0) })
            // Pages after 3 came back meanwhile and were held, not handed over out of order.
            #expect(beforePage3.contains { $0.names.isEmpty && $0.loaded > 200 })
            // When 3 came, it and every page held behind it were released together.
            let page3 = try #require(calls.first { $0.names.first == "load-test-00201" })
            #expect(page3.names.count > 100)
            await client.close()
        }
    }

    /// A page that fails after its retries fails the list; what was handed
    /// over before is the list's beginning, and nothing after the gap.
    @Test func aPageFailingForGoodStopsTheListAfterTheRowsBeforeIt() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(2_000))) { sandbox in
            sandbox.server.addFault(FaultRule(route: Self.listRoute + "?pageNum=7", kind: .status(503)))
            let client = client(sandbox, pageSize: 100)
            let released = ReleasedPages()
            do {
                _ = try await client.listProjects(pages: released.handler)
                Issue.record("the list succeeded without page 7")
            } catch let error as AtlasError {
                #expect(error.status == 503)
            }
            #expect(released.all.flatMap(\.names) == (1...600).map { String(format: "load-test-%05d", $0) })
            #expect(sandbox.apiRequests.filter { $0.status == 503 && Self.pageNumber($0) == 7 }.count == SandboxHarness.quickRetries.maxAttempts)
            await client.close()
        }
    }
}
