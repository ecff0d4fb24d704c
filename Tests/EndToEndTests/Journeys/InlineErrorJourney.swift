import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// A key the form accepts but Atlas refuses (an Opsgenie key with a `*`
    /// typed for a `-`, which Atlas takes for a masked value) comes back as
    /// an error at the key's field, with everything typed still there;
    /// correcting the key and saving again creates the integration.
    @Test func aRefusedKeyShowsAtItsFieldKeepsTheInputAndTheFixSaves() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let mistyped = "3e9f2a1b-7c4d*4e5f-8a6b-1c2d3e4f5a6b"
        let corrected = "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Opsgenie", mode: "new")
        try terminal.type(mistyped)
        try await terminal.waitFor("36 chars")
        try terminal.press("Tab", "Right")
        try await terminal.waitFor("◉ EU")
        try terminal.press("C-s")

        let refused = try await terminal.waitFor("400 INVALID_INTEGRATION_SETTINGS")
        #expect(refused.contains("✘ apiKey must not be the redacted value returned by a read"))
        #expect(refused.contains("API key * ✘"))
        #expect(refused.contains("36 chars"), "the typed key is kept")
        #expect(refused.contains("○ US  ◉ EU"), "the chosen region is kept")
        #expect(refused.contains("Opsgenie (new)"), "the form stays open")
        #expect(try journey.sandbox.stored(.opsGenie, in: project) == nil)

        // The field with the error has the focus: clear it and type the key again.
        try terminal.press("C-u")
        try await terminal.waitForAbsence(of: "36 chars")
        try terminal.type(corrected)
        try await terminal.waitFor("36 chars")
        let menu = try await terminal.save(expecting: "Created Opsgenie on “storefront-staging”")
        #expect(menu.menuRow("Opsgenie").containsAll(["✔ configured", "****5a6b", "EU"]))

        let stored = try #require(try journey.sandbox.stored(.opsGenie, in: project))
        #expect(stored["apiKey"] == .string(corrected))
        #expect(stored["region"] == .string("EU"))
        let posts = try await journey.sandbox.requestLog().filter { $0.method == "POST" && $0.auth != .none }
        #expect(posts.map(\.status) == [400, 200])
    }
}
