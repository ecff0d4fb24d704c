import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// `d` asks first, naming the project and the type; `n` keeps the
    /// integration, `y` deletes it from Atlas and nothing else.
    @Test func deletesOnlyAfterConfirmation() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID

        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
        try await terminal.select("Opsgenie")
        try terminal.press("d")
        let dialog = try await terminal.waitFor("Delete Opsgenie?")
        #expect(dialog.contains("“本番-決済サービス” (\(project))"))
        #expect(dialog.contains("[ Delete (y) ]"))

        try terminal.press("n")
        try await terminal.waitForAbsence(of: "Delete Opsgenie?")
        #expect(try await journey.sandbox.integration(.opsGenie, in: project) != nil)

        try terminal.press("d")
        try await terminal.waitFor("Delete Opsgenie?")
        try terminal.press("y")
        let menu = try await terminal.waitFor("Opsgenie no longer configured") { screen in
            screen.menuRow("Opsgenie").contains("not configured")
        }
        #expect(menu.menuRow("PagerDuty").contains("✔ configured"))

        #expect(try await journey.sandbox.integration(.opsGenie, in: project) == nil)
        #expect(try await journey.sandbox.integration(.pagerDuty, in: project) != nil)
        let deletes = try await journey.sandbox.requestLog().filter { $0.method == "DELETE" && $0.auth != .none }
        #expect(deletes.map { "\($0.path) \($0.status)" }
            == ["/api/atlas/v2/groups/\(project)/integrations/OPS_GENIE 204"])
    }
}
