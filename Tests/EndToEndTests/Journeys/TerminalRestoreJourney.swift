import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// However the session ends mid-form, with a secret typed and revealed,
    /// the operator's shell gets its terminal back (line editing and echo
    /// on, normal screen, cursor shown, bracketed paste and keypad mode off)
    /// and the secret is nowhere in the terminal's scrollback.
    @Test(arguments: SessionEnding.allCases)
    func endingTheSessionLeavesASaneTerminalAndNoSecret(_ ending: SessionEnding) async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        let terminal = journey.terminal
        let key = "c0ffee00c0ffee00c0ffee00c0ffee42"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("PagerDuty", mode: "new")
        try terminal.type(key)
        try terminal.press("C-r")
        let revealed = try await terminal.waitFor("32 chars (shown)")
        #expect(revealed.contains(key), "revealed on screen, so a terminal left unrestored would keep it")

        try await ending.end(terminal)
        let report = try await AfterExitReport.wait(at: journey.reportPath)
        #expect(report.isSane, "stty -a after exit:\n\(report.text)")
        if let expected = ending.expectedExitStatus {
            #expect(report.exitStatus == expected)
        }
        try await terminal.waitForExit()
        let output = try await TerminalOutputLog.wait(at: journey.outputLogPath)
        #expect(output.leftAlternateScreen, "back on the normal screen")
        #expect(output.cursorShown, "the cursor is visible again")
        #expect(output.bracketedPasteOff, "pastes are plain text again")
        #expect(output.keypadNormal, "arrow keys send what the shell expects")

        let history = try terminal.history()
        #expect(!history.contains(key))
        #expect(!history.contains("c0ffee"))
        #expect(!history.contains("Service key"), "nothing of the form is left behind")
        #expect(try journey.sandbox.stored(.pagerDuty, in: DemoSeed.emptyProjectID) == nil)
    }
}
