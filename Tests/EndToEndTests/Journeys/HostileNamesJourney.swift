import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// Organization, project and Slack team names full of escape sequences,
    /// C1 and C0 controls, NUL, bidi overrides, invisible and combining
    /// characters and 10,000 characters, and an API error detail just as
    /// hostile: browsed in the picker (filtered too), two menus and two
    /// forms, they are drawn inert and aligned, and not one of them reaches
    /// the terminal as a control sequence. The proof is the raw byte stream
    /// the program wrote to its pty, read the way a terminal reads it.
    @Test func hostileNamesReachTheTerminalOnlyAsText() async throws {
        let directory = try TemporaryDirectory()
        // An existing state file is what the sandbox starts from.
        try HostileSeed.stateJSON().write(to: URL(fileURLWithPath: directory.file("sandbox-state.json")))
        let sandbox = try SandboxProcess(in: directory)
        defer { sandbox.stop() }
        var launch = AppLaunch(home: directory)
        launch.environment = sandbox.apiKeyEnvironment
        launch.afterExitReport = directory.file("after-exit.txt")
        launch.outputLog = directory.file("terminal-output.log")
        let width = 100
        let terminal = try launch.start(width: width, height: 30)
        defer { terminal.kill() }
        var screens: [String] = []

        // The picker: every name drawn, every row the same width, the
        // organization column straight.
        let visible = HostileSeed.names.compactMap(\.visible)
        let picker = try await terminal.waitFor(all: visible + ["15 projects"])
        screens.append(picker)
        let rows = picker.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  hx") || $0.hasPrefix("› hx") }
        #expect(rows.count == 15, "\(picker)")
        #expect(Set(rows.map(ScreenColumns.width)).count == 1, "rows of different widths:\n\(picker)")
        #expect(Set(rows.map { ScreenColumns.column(of: "Org ", in: $0) }).count == 1, "\(picker)")
        #expect(rows.contains { $0.contains("hx12 AlphaWWWW") && $0.contains("…") })
        #expect(rows.contains { $0.contains("Org Two 語語語") && $0.contains("…") })

        // The filter narrows the hostile list like any other.
        try terminal.type("hx1")
        let filtered = try await terminal.waitFor("the list filtered to hx10–hx15") { screen in
            screen.contains("Filter: hx1") && screen.contains("6 of 15") && !screen.contains("hx01 ")
        }
        screens.append(filtered)

        // The 10,000-character project of the organization with a
        // 10,000-character name: the menu's header stays on its line.
        try terminal.type("2")
        try await terminal.waitFor("› hx12")
        try terminal.press("Enter")
        let longMenu = try await terminal.waitFor(all: ["Project hx12 AlphaWWW", "HipChat", "not configured"])
        screens.append(longMenu)
        #expect(longMenu.contains("Projects › Org Two 語語"), "the organization in the breadcrumb")
        try terminal.press("Escape")
        try await terminal.waitFor("Filter: hx12")
        try terminal.press("BSpace")
        try terminal.type("5")
        try await terminal.waitFor("› hx15")

        // The menu and the Slack form of a project whose Slack team and
        // channel are hostile too.
        try terminal.press("Enter")
        let menu = try await terminal.waitForMenu(of: "hx15 Slack team")
        #expect(menu.contains("organization Org One �end"))
        screens.append(menu)
        #expect(menu.menuRow("Slack").containsAll(["✔ configured", "channel channel", "team TeamNord"]), "\(menu)")
        try await terminal.select("Slack")
        try terminal.press("Enter")
        let slack = try await terminal.waitFor(all: ["› Slack (view)", "TeamNord"])
        screens.append(slack)
        #expect(slack.split(separator: "\n").contains { $0.contains("Team") && $0.hasSuffix("TeamNord") })
        try terminal.press("Escape")
        try await terminal.waitForMenu(of: "hx15 Slack team")

        // An error whose detail is hostile, in a form.
        try await sandbox.addFault(FaultRule(route: "POST /api/atlas/v2/groups/*/integrations/*",
                                             kind: .apiError(status: 500, detail: HostileSeed.errorDetail)))
        try await terminal.openForm("PagerDuty", mode: "new")
        try terminal.type("0b1c2d3e4f5a69788796a5b4c3d2e1f0")
        try terminal.press("C-s")
        // A 500 leaves the outcome open: it is read back, and Atlas's own
        // (hostile) words are still shown, inert, with the finding.
        let failed = try await terminal.waitFor(all: ["Not saved (checked by reading it back)",
                                                      "500 UNEXPECTED_ERROR: Denied", "by proxy"])
        screens.append(failed)
        #expect(failed.contains("32 chars"), "the typed key is kept")

        try terminal.press("C-c")
        let afterExit = try await AfterExitReport.wait(at: directory.file("after-exit.txt"))
        #expect(afterExit.isSane)
        let history = try terminal.history()

        // Every screen fits the terminal's width: nothing wrapped or pushed.
        for screen in screens {
            for line in screen.split(separator: "\n") {
                #expect(ScreenColumns.width(line) <= width, "a line wider than the terminal: \(line)")
            }
        }

        // The raw bytes: only what curses writes, none of the payloads.
        _ = try await TerminalOutputLog.wait(at: directory.file("terminal-output.log"))
        let bytes = [UInt8](FileManager.default.contents(atPath: directory.file("terminal-output.log")) ?? Data())
        let report = PtyOutputScanner.scan(bytes)
        #expect(report.findings.isEmpty, "\(report.findings.prefix(20))")
        #expect(report.sequenceCount > 100)
        for marker in HostileSeed.markers {
            #expect(PtyOutputScanner.occurrences(of: Array(marker.utf8), in: bytes) == 0,
                    "a payload's bytes reached the terminal: \(PtyOutputScanner.readable(ArraySlice(marker.utf8)))")
            #expect(!history.contains(marker))
        }
        Attachment.record("\(bytes.count) bytes, \(report.sequenceCount) escape sequences, \(report.findings.count) findings; "
                          + "\(HostileSeed.markers.count) payload markers, none found\n", named: "pty-scan.txt")
        // tmux obeys title changes: the pane's title is still its own.
        let title = try terminal.paneFlag("pane_title")
        #expect(!title.contains("PWNED") && !title.contains("TITLE"), "\(title)")
    }
}
