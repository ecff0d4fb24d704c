import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Typing Japanese into the picker narrows forty projects to the two
    /// payment projects; the one opened shows what the sandbox holds.
    @Test func filtersThePickerToAJapaneseProjectAndOpensIt() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal

        try await terminal.waitFor("40 projects")
        try terminal.type("決済")
        let filtered = try await terminal.waitFor("2 of 40")
        #expect(filtered.contains("本番-決済サービス"))
        #expect(filtered.contains("検証-決済サービス"))
        #expect(!filtered.contains("storefront-prod"))

        try terminal.press("Down")
        try await terminal.waitFor("› 検証-決済サービス")
        try terminal.press("Up")
        try await terminal.waitFor("› 本番-決済サービス")
        try terminal.press("Enter")
        let menu = try await terminal.waitForMenu(of: "本番-決済サービス")

        #expect(menu.contains(DemoSeed.paymentsProjectID))
        #expect(menu.contains("Sakura-Fintech"))
        // The menu shows exactly the masked tails and regions Atlas returns.
        let pagerDuty = try #require(try await journey.sandbox.integration(.pagerDuty, in: DemoSeed.paymentsProjectID))
        let opsGenie = try #require(try await journey.sandbox.integration(.opsGenie, in: DemoSeed.paymentsProjectID))
        let pagerDutyTail = try #require(pagerDuty.masked("serviceKey")?.short)
        let opsGenieTail = try #require(opsGenie.masked("apiKey")?.short)
        #expect(menu.menuRow("PagerDuty").containsAll(["✔ configured", pagerDutyTail, "US"]))
        #expect(menu.menuRow("Opsgenie").containsAll(["✔ configured", opsGenieTail, "EU"]))
        #expect(menu.menuRow("Datadog").contains("not configured"))
        #expect(try await journey.sandbox.integration(.datadog, in: DemoSeed.paymentsProjectID) == nil)
    }
}

extension EndToEnd {
    /// A filter that begins with q, ? or / is typed as a filter, not taken
    /// as quit or help; Esc clears it, and Esc on the empty filter quits
    /// with the terminal given back.
    @Test func aFilterStartingWithQIsAFilterAndEscOnAnEmptyOneQuits() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        let terminal = journey.terminal

        let first = try await terminal.waitFor("40 projects")
        #expect(first.contains("esc quit") && first.contains("f10/ctrl+c quit"), "the footer says how to quit:\n\(first)")
        try terminal.type("q")
        try await terminal.waitFor("Filter: q")
        try terminal.type("a?/")
        let typed = try await terminal.waitFor("Filter: qa?/")
        #expect(!typed.contains("Help:"))
        #expect(try !terminal.paneIsDead(), "typing q did not quit")
        try terminal.press("Escape")
        let cleared = try await terminal.waitFor("40 projects")
        #expect(cleared.contains("esc quit"))
        try terminal.press("Escape")
        try await journey.expectSaneExit(status: 0)
    }
}

extension EndToEnd {
    /// `LANG=en_US.UTF-8` on a machine where only C, C.utf8 and POSIX are
    /// installed (the usual server or container): CJK project names are
    /// drawn as themselves, not as `??-??`, and the borders stay Unicode.
    /// (The Japanese journey does the same with `ja_JP.UTF-8`.)
    @Test func aUTF8LocaleThatIsNotInstalledStillDrawsCJKNames() async throws {
        let journey = try Journey(extraEnvironment: ["LANG": "en_US.UTF-8"])
        defer { journey.finish() }
        let terminal = journey.terminal
        try await terminal.waitFor("40 projects")
        try terminal.type("決済")
        let screen = try await terminal.waitFor("本番-決済サービス")
        #expect(screen.contains("検証-決済サービス"))
        #expect(!screen.contains("??"))
        #expect(screen.contains("›"), "the selection marker is not folded to ASCII")
    }
}
