import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// PagerDuty applied from the matrix to the two storefront projects:
    /// marked with `*`, the form filled once, the plan read from Atlas, the
    /// number of writes typed, both written once and audited, the key
    /// nowhere on screen or in the audit log.
    @Test func anIntegrationIsAppliedToMarkedProjectsFromTheMatrix() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let key = "5b2e8c1d4f7a90361e2d3c4b5a697887"
        try await terminal.filterProjects("storefront", expecting: "storefront-prod")
        try terminal.press("C-t")
        try await terminal.waitFor("integrations of 2/2 projects")
        try terminal.press("*")
        try await terminal.waitFor("2 marked")
        try terminal.press("a")
        try await terminal.waitFor("PagerDuty for 2 projects: fill the form once.")
        try terminal.type(key)
        try await terminal.waitFor("32 chars")
        try terminal.press("C-s")
        try await terminal.waitFor("Plan for PagerDuty on 2 projects: 2 create")
        #expect(try await journey.sandbox.requestLog().filter { $0.method == "POST" }.isEmpty, "nothing is sent before the number is typed")
        try terminal.type("2")
        try terminal.press("Enter")
        let done = try await terminal.waitFor("Every write is done.")
        #expect(done.contains("Applied PagerDuty: 2/2 done"))
        #expect(!done.contains(key))

        for project in [DemoSeed.storefrontProjectID, DemoSeed.emptyProjectID] {
            let stored = try #require(try journey.sandbox.stored(.pagerDuty, in: project))
            #expect(stored["serviceKey"] == .string(key))
        }
        let posts = try await journey.sandbox.requestLog().filter { $0.method == "POST" && $0.auth != .none }
        #expect(posts.count == 2, "each project written once")
        let audit = try String(contentsOfFile: journey.directory.file("home") + "/.local/state/atlas-integrations/audit.jsonl",
                               encoding: .utf8)
        #expect(audit.split(separator: "\n").count == 2)
        #expect(!audit.contains(key))

        try terminal.press("Escape")
        try await terminal.waitFor("Matrix")
        try await terminal.waitForAbsence(of: "Apply PagerDuty")
    }
}
