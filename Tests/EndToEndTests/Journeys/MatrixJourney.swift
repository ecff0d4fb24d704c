import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

extension EndToEnd {
    static let matrixWidth = 100, matrixHeight = 30

    /// Every cell of the demo's forty projects, as an operator reads them
    /// row by row, is what the sandbox holds; one request per project.
    @Test func theMatrixOfTheDemoShowsWhatTheSandboxHolds() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        try await terminal.waitFor("40 projects")
        let picker = try terminal.screen()
        #expect(picker.contains("ctrl+t matrix"), "the footer names the key:\n\(picker)")
        try terminal.press("C-t")
        try await terminal.waitFor("integrations of 40/40 projects")
        let rows = try await MatrixScreen.walk(terminal, rows: 40, width: Self.matrixWidth, height: Self.matrixHeight)
        #expect(Set(rows.map(\.name)) == Set(DemoSeed.projects.map(\.name)))
        for row in rows {
            let project = try #require(DemoSeed.projects.first { $0.name == row.name })
            for (index, type) in IntegrationType.known.enumerated() {
                let expected = MatrixScreen.expectedDemoCell(type, project.id)
                let cell = row.cells[index]
                if expected == "-" || expected == "n/a" {
                    #expect(cell == expected, "\(row.name) \(type): \(cell)")
                } else {
                    #expect(cell.hasPrefix(expected) && !cell.contains("*"), "\(row.name) \(type): \(cell), expected \(expected)")
                }
            }
        }
        let storefront = try #require(rows.first { $0.name == "storefront-prod" })
        #expect(storefront.cells[1] == "f024 EU", "the region too, at 100 columns")
        let reads = try await journey.sandbox.requestLog()
            .filter { $0.path.hasSuffix("/integrations") && $0.auth != .none }
        #expect(reads.count == 40, "one list request per project")
        #expect(reads.allSatisfy { $0.status == 200 })
    }

    /// Three Acme projects send Datadog to one key and one to another: the
    /// odd one is marked and `d` shows only it; `m` on PagerDuty shows
    /// exactly the Acme projects without one.
    @Test func aDifferingDatadogKeyIsMarkedAndMissingPagerDutyIsExact() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let client = journey.sandbox.client()
        // What storefront-prod has, on two more projects; another key on a third.
        let same = try IntegrationSettings(.datadog, [
            "apiKey": .secret(SecretValue(DemoSeed.datadogAPIKey)), "region": .text("EU"),
            "sendCollectionLatencyMetrics": .bool(true), "sendDatabaseMetrics": .bool(true),
            "sendQueryStatsMetrics": .bool(false), "sendUserProvidedResourceTags": .bool(false),
        ])
        let other = try IntegrationSettings(.datadog, [
            "apiKey": .secret(SecretValue("0badc0de0badc0de0badc0de0bad7e57")), "region": .text("EU"),
            "sendCollectionLatencyMetrics": .bool(true), "sendDatabaseMetrics": .bool(true),
            "sendQueryStatsMetrics": .bool(false), "sendUserProvidedResourceTags": .bool(false),
        ])
        let acme = DemoSeed.projects.filter { $0.orgID == DemoSeed.organizations[0].id }
        func id(_ name: String) -> String { acme.first { $0.name == name }?.id ?? "" }
        _ = try await client.create(same, projectID: id("storefront-staging"))
        _ = try await client.create(same, projectID: id("checkout-api"))
        _ = try await client.create(other, projectID: id("inventory-sync"))
        let pagerDuty = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(DemoSeed.pagerDutyServiceKey))])
        for name in ["legacy-orders", "dev_sandbox", "qa.integration"] {
            _ = try await client.create(pagerDuty, projectID: id(name))
        }

        try await terminal.openProject(filter: "storefront-staging", expecting: "storefront-staging")
        try terminal.press("m")
        try await terminal.waitFor(all: ["Matrix of organization “Acme-Retail”", "integrations of 14/14 projects"])
        try terminal.press("Right")
        let walked = try await MatrixScreen.walk(terminal, rows: 14, width: Self.matrixWidth, height: Self.matrixHeight)
        let datadog = Dictionary(uniqueKeysWithValues: walked.map { ($0.name, $0.cells[1]) })
        #expect(datadog["inventory-sync"] == "7e57 EU*" || datadog["inventory-sync"] == "7e57*", "\(datadog)")
        for name in ["storefront-prod", "storefront-staging", "checkout-api"] {
            #expect(datadog[name] == "f024 EU", "\(name): \(datadog[name] ?? "")")
        }
        let info = try terminal.screen()
        #expect(info.contains("Datadog 4/14 · 2 variants · most common f024 EU (3)"), "\(info)")

        try terminal.press("d")
        let differing = try await terminal.waitFor("1 of 14 projects · differs in Datadog")
        #expect(differing.contains("inventory-sync"))
        #expect(!differing.contains("checkout-api"))
        try terminal.press("d", "Left", "m")
        try await terminal.waitFor("of 14 projects · missing PagerDuty")
        var withoutPagerDuty: Set<String> = []
        for project in acme where try await journey.sandbox.integration(.pagerDuty, in: project.id) == nil {
            withoutPagerDuty.insert(project.name)
        }
        #expect(withoutPagerDuty.count == 11)
        let screen = try await terminal.waitFor("11 of 14 projects · missing PagerDuty")
        #expect(!screen.contains("legacy-orders"))
        let shown = try await MatrixScreen.walk(terminal, rows: 11, width: Self.matrixWidth, height: Self.matrixHeight)
        #expect(Set(shown.map(\.name)) == withoutPagerDuty)
        #expect(shown.allSatisfy { $0.cells[0] == "-" })
    }

    /// Enter on a cell opens that project's form; the save lands back on
    /// the matrix, whose cell then shows the key's tail Atlas returns.
    @Test func enterOnAMatrixCellOpensItsFormAndTheSaveShowsInTheCell() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let key = "4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e"
        try await terminal.filterProjects("storefront", expecting: "storefront-prod")
        try terminal.press("C-t")
        try await terminal.waitFor("integrations of 2/2 projects")
        try terminal.press("Down")
        try await terminal.waitFor("› storefront-staging")
        try terminal.press("Enter")
        try await terminal.waitFor("PagerDuty (new)")
        try terminal.type(key)
        try await terminal.waitFor("32 chars")
        try terminal.press("C-s")
        let matrix = try await terminal.waitFor("Created PagerDuty on “storefront-staging”")
        #expect(matrix.contains("Matrix of the filter “storefront”"))
        #expect(MatrixScreen.cells(of: MatrixScreen.selectedRow(matrix), width: Self.matrixWidth)[0].hasPrefix("8d9e"))
        #expect(!matrix.contains(key))
        #expect(try journey.sandbox.stored(.pagerDuty, in: DemoSeed.emptyProjectID)?["serviceKey"] == .string(key))
        let read = try #require(try await journey.sandbox.integration(.pagerDuty, in: DemoSeed.emptyProjectID))
        #expect(read.masked("serviceKey")?.visibleTail == "8d9e")
    }

    /// A project the key may not read (403) says so in its cells, and the
    /// others are read all the same.
    @Test func aForbiddenProjectShowsItsErrorInTheMatrixWhileOthersLoad() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        try await journey.sandbox.addFault(FaultRule(
            route: "GET /api/atlas/v2/groups/\(DemoSeed.storefrontProjectID)/integrations", kind: .status(403)))
        try await terminal.filterProjects("storefront", expecting: "storefront-prod")
        try terminal.press("C-t")
        let screen = try await terminal.waitFor(all: ["integrations of 2/2 projects · 1 failed · ", "· r retries failed"])
        let forbidden = MatrixScreen.cells(of: MatrixScreen.selectedRow(screen), width: Self.matrixWidth)
        #expect(forbidden == Array(repeating: "403", count: 10), "\(forbidden)")
        #expect(screen.contains("403 RESOURCE_REQUIRES_WHITELIST"))
        let staging = screen.split(separator: "\n").first { $0.hasPrefix("  storefront-staging") }.map(String.init) ?? ""
        #expect(MatrixScreen.cells(of: staging, width: Self.matrixWidth)[0] == "-")
    }

    /// Atlas refuses a burst with 429 and `Retry-After: 3`: the matrix says
    /// it waits, sends nothing until the three seconds are over, and then
    /// reads every project.
    @Test func a429BurstInTheMatrixIsWaitedOut() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        try await terminal.waitFor("40 projects")
        try await journey.sandbox.addFault(FaultRule(
            route: "GET /api/atlas/v2/groups/*/integrations", kind: .rateLimited(retryAfter: 3), count: 3))
        try terminal.press("C-t")
        try await terminal.waitFor("Atlas asked to wait 3 s (rate limit)")
        let done = try await terminal.waitFor("integrations of 40/40 projects", timeout: .seconds(60))
        #expect(!done.contains("failed"))
        let reads = try await journey.sandbox.requestLog()
            .filter { $0.path.hasSuffix("/integrations") && $0.auth != .none }
        let limited = reads.filter { $0.status == 429 }
        #expect(limited.count == 3)
        #expect(reads.filter { $0.status == 200 }.count == 40)
        guard let first = limited.map(\.receivedAtMilliseconds).min(),
              let last = limited.map(\.receivedAtMilliseconds).max() else { return }
        // Requests already on their way when the 429s came arrive at once;
        // after that nothing until Retry-After has passed.
        let early = reads.filter { $0.receivedAtMilliseconds > last + 250 && $0.receivedAtMilliseconds < first + 3_000 }
        #expect(early.isEmpty, "sent before Retry-After expired: \(early.map { "\($0.path) at \($0.receivedAtMilliseconds)" })")
        for refused in limited {
            let retry = reads.first { $0.path == refused.path && $0.receivedAtMilliseconds > refused.receivedAtMilliseconds }
            let waited = (retry?.receivedAtMilliseconds ?? 0) - refused.receivedAtMilliseconds
            #expect(waited >= 3_000, "\(refused.path) was asked again after \(waited) ms")
        }
    }
}
