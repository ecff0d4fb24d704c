import Testing

extension Journey {
    /// After the program ended: the shell found its terminal sane (line
    /// editing and echo on) and saw `status`.
    func expectSaneExit(status: Int32, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let report = try await AfterExitReport.wait(at: reportPath)
        #expect(report.isSane, "stty -a after exit:\n\(report.text)", sourceLocation: sourceLocation)
        #expect(report.exitStatus == status, sourceLocation: sourceLocation)
    }

    /// The next start in the same home opens on the picker with no
    /// unfinished-write notice: nothing was left for it to report.
    func expectCleanNextStart(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let next = try AppLaunch(home: directory, environment: sandbox.apiKeyEnvironment).start()
        defer { next.kill() }
        let first = try await next.waitFor("40 projects")
        #expect(!first.contains("Unfinished"), sourceLocation: sourceLocation)
    }

    /// `expectSaneExit`, and the program's own output put the shell's
    /// terminal back: normal screen, cursor shown, bracketed paste and
    /// keypad mode off.
    func expectRestoredTerminal(status: Int32, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await expectSaneExit(status: status, sourceLocation: sourceLocation)
        try await terminal.waitForExit()
        let output = try await TerminalOutputLog.wait(at: outputLogPath)
        #expect(output.leftAlternateScreen, "back on the normal screen", sourceLocation: sourceLocation)
        #expect(output.cursorShown, "the cursor is visible again", sourceLocation: sourceLocation)
        #expect(output.bracketedPasteOff, "pastes are plain text again", sourceLocation: sourceLocation)
        #expect(output.keypadNormal, "arrow keys send what the shell expects", sourceLocation: sourceLocation)
    }
}
