import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// `--read-only` says so in the header, shows configured integrations
    /// without letting them change, refuses to create or delete, and sends
    /// Atlas nothing but reads.
    @Test func readOnlyModeRefusesEveryWrite() async throws {
        let journey = try Journey(arguments: ["--read-only"])
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID

        let picker = try await terminal.waitFor("40 projects")
        #expect(picker.contains("READ-ONLY"))
        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")

        try await terminal.openForm("PagerDuty", mode: "view")
        let view = try await terminal.waitFor("Read-only mode (--read-only): shown, not editable.")
        #expect(view.contains("****e8f9"))
        #expect(!view.contains("ctrl+s save"))
        try terminal.press("C-s", "Escape")
        try await terminal.waitForMenu(of: "本番-決済サービス")

        try await terminal.select("Datadog")
        try terminal.press("Enter")
        try await terminal.waitFor("creating integrations is off (started with --read-only)")

        try await terminal.select("Opsgenie")
        try terminal.press("d")
        let refused = try await terminal.waitFor("deleting is off (started with --read-only)")
        #expect(!refused.contains("Delete Opsgenie?"))

        // A refresh after all that: a write, had one been started, would be in the log by then.
        let before = try await journey.sandbox.requestLog().count
        try terminal.press("r")
        let log = try await eventually("the refresh in the request log") { () async throws -> [SandboxRequestRecord]? in
            let log = try await journey.sandbox.requestLog()
            return log.dropFirst(before).contains { $0.path.hasSuffix("/integrations") && $0.status == 200 } ? log : nil
        }
        #expect(log.allSatisfy { $0.method == "GET" }, "only reads: \(log.map { "\($0.method) \($0.path)" })")
        #expect(try await journey.sandbox.integration(.pagerDuty, in: project)?.masked("serviceKey")?.visibleTail == "e8f9")
        #expect(try await journey.sandbox.integration(.opsGenie, in: project) != nil)
        #expect(try await journey.sandbox.integration(.datadog, in: project) == nil)
    }
}
