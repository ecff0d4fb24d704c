import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// A new Datadog integration in the EU with two of its four metric
    /// toggles on: the menu then shows it configured with the key's masked
    /// tail, and Atlas holds exactly what was typed.
    @Test func createsDatadogInTheEUWithTwoToggles() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let apiKey = "6f1e9d2c8b7a40531f2e3d4c5b6a7988"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Datadog", mode: "new")
        try terminal.type(apiKey)
        let typed = try await terminal.waitFor("32 chars")
        #expect(!typed.contains(apiKey), "the key is masked while typed")
        try terminal.press("Tab", "Right")
        try await terminal.waitFor("◉ EU")
        try terminal.press("Tab", "Space", "Tab", "Space")
        try await terminal.waitFor("the first two toggles on") { screen in
            screen.contains("Collection latency [✔] on") && screen.contains("Database metrics   [✔] on")
                && screen.contains("Query stats        [ ] off")
        }

        let menu = try await terminal.save(expecting: "Created Datadog on “storefront-staging”")
        #expect(menu.menuRow("Datadog").containsAll(["✔ configured", "****7988", "EU", "collection latency"]))
        #expect(!menu.contains(apiKey))

        let stored = try #require(try journey.sandbox.stored(.datadog, in: DemoSeed.emptyProjectID))
        #expect(stored["apiKey"] == .string(apiKey))
        #expect(stored["region"] == .string("EU"))
        #expect(stored["sendCollectionLatencyMetrics"] == .bool(true))
        #expect(stored["sendDatabaseMetrics"] == .bool(true))
        #expect(stored["sendQueryStatsMetrics"] == .bool(false))
        #expect(stored["sendUserProvidedResourceTags"] == .bool(false))
        let read = try #require(try await journey.sandbox.integration(.datadog, in: DemoSeed.emptyProjectID))
        #expect(read.masked("apiKey")?.visibleTail == "7988")
        #expect(read.text("region") == "EU")
    }
}
