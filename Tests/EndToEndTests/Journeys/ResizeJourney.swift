import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Half-way through a form the window shrinks to 80×24, then below the
    /// minimum, then back: nothing typed is lost, typing goes on at 80×24,
    /// and what is saved is everything typed at every size.
    @Test func resizingMidFormKeepsTheInput() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let url = "https://alerts.example.net/atlas"
        let secret = "resize-secret-42"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Webhook", mode: "new")
        try terminal.type(url)
        try terminal.press("Tab")
        try terminal.type(secret)
        try terminal.press("Tab")
        try terminal.type("{")
        try terminal.press("Enter")
        try terminal.type("  \"size\": \"${id}\"")
        try await terminal.waitFor("line 2/2")

        try terminal.resize(width: 80, height: 24)
        try await terminal.waitFor("the form redrawn at 80×24") { screen in
            Self.rows(screen, count: 24, width: 80) && screen.contains(url) && screen.contains("line 2/2")
        }
        try terminal.resize(width: 60, height: 20)
        try await terminal.waitFor("Make the window larger: need 80×24, have 60×20.")
        try terminal.resize(width: 80, height: 24)
        let small = try await terminal.waitFor("the form back at 80×24") { screen in
            Self.rows(screen, count: 24, width: 80) && screen.contains(url) && !screen.contains("Make the window larger")
        }
        #expect(small.contains("\(secret.count) chars"))
        #expect(small.contains("2   \"size\": \"${id}\""))

        // Typing goes on in the small window.
        try terminal.press("Enter")
        try terminal.type("}")
        try await terminal.waitFor("line 3/3")
        try terminal.resize(width: 100, height: 30)
        try await terminal.waitFor("the form redrawn at 100×30") { screen in
            Self.rows(screen, count: 30, width: 100) && screen.contains(url) && screen.contains("line 3/3")
        }

        try await terminal.save(expecting: "Created Webhook on “storefront-staging”")
        let stored = try #require(try journey.sandbox.stored(.webhook, in: DemoSeed.emptyProjectID))
        #expect(stored["url"] == .string(url))
        #expect(stored["secret"] == .string(secret))
        #expect(stored["bodyTemplate"] == .string("{\n  \"size\": \"${id}\"\n}"))
    }

    /// Whether the app has drawn a whole frame of this size: its footer of
    /// keys on the last row, and no row wider than the window.
    static func rows(_ screen: String, count: Int, width: Int) -> Bool {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(count)
        guard rows.count == count, let last = rows.last else { return false }
        return last.contains("esc back") && rows.allSatisfy { $0.count <= width }
    }
}
