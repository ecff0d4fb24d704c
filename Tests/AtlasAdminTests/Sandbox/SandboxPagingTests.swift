import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

/// Paging over a large sandbox: every project, once.
@Suite(.serialized) struct SandboxPagingTests {
    static let count = 20_000

    @Test(arguments: SandboxHarness.Scheme.allCases)
    func listsTwentyThousandProjectsWithoutDuplicates(scheme: SandboxHarness.Scheme) async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(Self.count))) { sandbox in
            let client = sandbox.client(scheme)
            let progress = ProgressLog()
            let projects = try await client.listProjects(progress: { loaded, total in progress.add(loaded, total) })
            #expect(projects.count == Self.count)
            #expect(Set(projects.map(\.id)).count == Self.count)
            #expect(projects.first?.name == "load-test-00001")
            #expect(projects.last?.name == "load-test-20000")
            // 40 full pages, then one empty page that proves the list ended
            // (Atlas's totalCount is only an estimate).
            let pages = sandbox.apiRequests.filter { $0.status == 200 }
            #expect(pages.count == Self.count / 500 + 1)
            #expect(pages.allSatisfy { $0.query.contains("itemsPerPage=500") })
            #expect(progress.last?.loaded == Self.count && progress.last?.total == Self.count)

            let org = DemoSeed.organizations[2].id
            let ofOrg = try await client.listProjects(orgID: org, nameFilter: "load-test-0001")
            #expect(!ofOrg.isEmpty && ofOrg.allSatisfy { $0.orgID == org && $0.name.hasPrefix("load-test-0001") })
            await client.close()
        }
    }
}
