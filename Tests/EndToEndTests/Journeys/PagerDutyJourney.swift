import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Editing PagerDuty: the form shows the current key only as its tail,
    /// the operator types the new key again, and saving replaces it (PUT).
    @Test func editsPagerDutyWithARetypedKey() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID
        let newKey = "0b1c2d3e4f5a69788796a5b4c3d2e1f0"

        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
        try await terminal.openForm("PagerDuty", mode: "edit")
        try await terminal.waitFor("current: ****e8f9")
        try terminal.type(newKey)
        let typed = try await terminal.waitFor("typed ends e1f0")
        #expect(!typed.contains(newKey))
        try terminal.press("Tab", "Right")
        try await terminal.waitFor("◉ EU")

        let menu = try await terminal.save(expecting: "Updated PagerDuty on “本番-決済サービス”")
        #expect(menu.menuRow("PagerDuty").containsAll(["✔ configured", "****e1f0", "EU"]))

        let stored = try #require(try journey.sandbox.stored(.pagerDuty, in: project))
        #expect(stored["serviceKey"] == .string(newKey))
        #expect(stored["region"] == .string("EU"))
        let writes = try await journey.sandbox.requestLog().filter { $0.method != "GET" && $0.auth != .none }
        #expect(writes.map { "\($0.method) \($0.path) \($0.status)" }
            == ["PUT /api/atlas/v2/groups/\(project)/integrations/PAGER_DUTY 200"])
        // The other integration of the project is untouched.
        #expect(try await journey.sandbox.integration(.opsGenie, in: project)?.masked("apiKey")?.visibleTail == "5a6b")
    }
}
