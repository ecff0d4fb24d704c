import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Atlas applies a POST and the connection drops before its answer: the
    /// form reads the integration back and says it was saved, and nothing is
    /// sent twice.
    @Test func aSaveAppliedWhoseAnswerIsLostIsConfirmedByReadingItBack() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let key = "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"
        try await Self.typeOpsgenieKey(key, in: journey, failingThePOSTWith: .resetAfterHandling)
        let menu = try await terminal.save(expecting: "Saved Opsgenie on “storefront-staging” (confirmed by reading it back)")
        #expect(menu.menuRow("Opsgenie").containsAll(["✔ configured", "****5a6b"]))
        #expect(try journey.sandbox.stored(.opsGenie, in: project)?["apiKey"] == .string(key))
        let writes = try await journey.sandbox.requestLog().filter { $0.method == "POST" && $0.auth != .none }
        #expect(writes.count == 1, "the POST was not repeated: \(writes.map(\.status))")
    }

    /// The connection drops before Atlas handles the POST: reading back
    /// shows nothing there, the form says so, and r sends it again.
    @Test func aSaveNotAppliedIsReportedNotSavedAndRSendsItAgain() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let key = "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"
        try await Self.typeOpsgenieKey(key, in: journey, failingThePOSTWith: .connectionReset)
        try terminal.press("C-s")
        let refused = try await terminal.waitFor("Not saved (checked by reading it back)")
        #expect(refused.contains("36 chars"), "the typed key is kept")
        #expect(try journey.sandbox.stored(.opsGenie, in: project) == nil)
        try terminal.press("r")
        let menu = try await terminal.waitFor("Created Opsgenie on “storefront-staging”")
        #expect(menu.menuRow("Opsgenie").containsAll(["✔ configured", "****5a6b"]))
        #expect(try journey.sandbox.stored(.opsGenie, in: project)?["apiKey"] == .string(key))
    }

    /// Esc during a slow save that Atlas then applies: the form says so when
    /// the answer comes, and the menu shows what Atlas holds.
    @Test func escDuringASlowSaveStillShowsWhatAtlasApplied() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let key = "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"
        try await Self.typeOpsgenieKey(key, in: journey, failingThePOSTWith: .latency(milliseconds: 1_500))
        try terminal.press("C-s")
        try await terminal.waitFor("Saving to Atlas")
        try terminal.press("Escape")
        try await terminal.waitFor("Stopped waiting for the save")
        try await terminal.waitFor("The save you stopped waiting for was applied")
        try terminal.press("Escape")
        let menu = try await terminal.waitForMenu(of: "storefront-staging")
        #expect(menu.menuRow("Opsgenie").containsAll(["✔ configured", "****5a6b"]), "\(menu)")
    }

    /// Makes the next POST fail with `fault`, opens a new Opsgenie form on
    /// storefront-staging and types `key`.
    static func typeOpsgenieKey(_ key: String, in journey: Journey, failingThePOSTWith fault: FaultKind) async throws {
        try await journey.sandbox.addFault(FaultRule(route: "POST /api/atlas/v2/groups/*/integrations/*", kind: fault, count: 1))
        try await journey.terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await journey.terminal.openForm("Opsgenie", mode: "new")
        try journey.terminal.type(key)
        try await journey.terminal.waitFor("36 chars")
    }
}
