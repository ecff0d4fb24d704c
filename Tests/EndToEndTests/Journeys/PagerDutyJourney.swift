import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// Opens the payments project's PagerDuty form and types `newKey`
    /// (ending e1f0) over the current one (ending e8f9); the screen then.
    @discardableResult
    static func typeANewPagerDutyKey(_ newKey: String, in terminal: TmuxSession) async throws -> String {
        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
        try await terminal.openForm("PagerDuty", mode: "edit")
        try await terminal.waitFor("current: ****e8f9")
        try terminal.type(newKey)
        return try await terminal.waitFor("typed ends e1f0")
    }

    /// Editing PagerDuty: the form shows the current key only as its tail,
    /// the operator types the new key again, and saving replaces it (PUT).
    @Test func editsPagerDutyWithARetypedKey() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID
        let newKey = "0b1c2d3e4f5a69788796a5b4c3d2e1f0"

        let typed = try await Self.typeANewPagerDutyKey(newKey, in: terminal)
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

extension EndToEnd {
    /// A save made in the TUI leaves one line in the audit log (0600, the
    /// key only by its last four characters), and `atlas-integrations
    /// audit` prints it; `--project` of another project prints nothing.
    @Test func aSaveIsAuditedAndTheAuditCommandPrintsIt() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID
        let newKey = "0b1c2d3e4f5a69788796a5b4c3d2e1f0"
        try await Self.typeANewPagerDutyKey(newKey, in: terminal)
        try await terminal.save(expecting: "Updated PagerDuty on “本番-決済サービス”")

        let home = journey.directory.file("home")
        let file = home + "/.local/state/atlas-integrations/audit.jsonl"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        #expect(!text.contains(newKey))
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)

        let environment = ["HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let binary = try BuiltProducts.binary("atlas-integrations")
        let printed = try CommandRun.run(binary, ["audit"], environment: environment, in: journey.directory)
        #expect(printed.status == 0)
        let line = printed.stdout.trimmingCharacters(in: .newlines)
        #expect(line.contains("  update  applied 200  PagerDuty  “本番-決済サービス” (\(project))  by sandboxk"))
        #expect(line.hasSuffix("serviceKey …e1f0"))
        let other = try CommandRun.run(binary, ["audit", "--project", DemoSeed.emptyProjectID],
                                       environment: environment, in: journey.directory)
        #expect(other.status == 0 && other.stdout.isEmpty)
    }
}
