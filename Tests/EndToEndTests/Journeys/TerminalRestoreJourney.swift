import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// Three sessions of the matrix at a time: about as fast as all at
    /// once, and kind to the journeys that run beside it.
    static let endingGate = SessionGate(limit: 3)

    /// On every screen, however the session ends (Ctrl-C, SIGTERM, SIGHUP,
    /// SIGQUIT, or a crash: SIGSEGV, SIGABRT, and the SIGILL/SIGTRAP of a
    /// Swift runtime trap), the operator's shell gets its terminal back:
    /// line editing and echo on, normal screen, cursor shown, bracketed
    /// paste and keypad mode off; the shell sees 128 + the signal; no core
    /// file is left; and a key typed in a form is nowhere in the scrollback.
    ///
    /// The screens run side by side (three sessions at a time); on each,
    /// the endings run one after another against one shared sandbox (these
    /// sessions only read).
    @Test(arguments: ScreenUnderTest.allCases)
    func endingTheSessionLeavesASaneTerminal(on screen: ScreenUnderTest) async throws {
        let sandboxDirectory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: sandboxDirectory)
        defer { sandbox.stop() }
        for ending in SessionEnding.allCases {
            do {
                try await Self.endingGate.run { try await end(on: screen, with: ending, sandbox: sandbox) }
            } catch {
                Issue.record("\(ending.testDescription) on \(screen.rawValue): \(error)")
            }
        }
        #expect(try sandbox.stored(.pagerDuty, in: DemoSeed.emptyProjectID) == nil, "nothing was saved on the way")
        #expect(try sandbox.stored(.pagerDuty, in: DemoSeed.paymentsProjectID) != nil, "nothing was deleted on the way")
    }

    private func end(on screen: ScreenUnderTest, with ending: SessionEnding, sandbox: SandboxProcess) async throws {
        let home = try TemporaryDirectory()
        try screen.prepare(home: home)
        var launch = AppLaunch(home: home, environment: screen.hasCredentials ? sandbox.apiKeyEnvironment : [:])
        launch.afterExitReport = home.file("after-exit.txt")
        launch.outputLog = home.file("terminal-output.log")
        let terminal = try launch.start(width: screen.size.width, height: screen.size.height)
        defer { terminal.kill() }
        let what = "\(ending.testDescription) on \(screen.rawValue)"

        try await screen.reach(terminal)
        try await ending.end(terminal)
        let report = try await AfterExitReport.wait(at: home.file("after-exit.txt"))
        #expect(report.isSane, "\(what): stty -a after exit:\n\(report.text)")
        #expect(report.exitStatus == ending.expectedExitStatus, "\(what): exit status")
        try await terminal.waitForExit()
        let output = try await TerminalOutputLog.wait(at: home.file("terminal-output.log"))
        #expect(output.leftAlternateScreen, "\(what): back on the normal screen")
        #expect(output.cursorShown, "\(what): the cursor is visible again")
        #expect(output.bracketedPasteOff, "\(what): pastes are plain text again")
        #expect(output.keypadNormal, "\(what): arrow keys send what the shell expects")

        let files = FileManager.default.enumerator(atPath: home.path)?.compactMap { $0 as? String } ?? []
        #expect(!files.contains { ($0 as NSString).lastPathComponent.hasPrefix("core") }, "\(what): no core file")
        if screen.typesSecret {
            let history = try terminal.history()
            #expect(!history.contains(ScreenUnderTest.secret), "\(what): the key is not in the scrollback")
            #expect(!history.contains("c0ffee"), "\(what): no part of it either")
            #expect(!history.contains("Service key"), "\(what): nothing of the form is left behind")
        }
        if screen == .unfinishedWriteNotice {
            let left = try ScreenUnderTest.journal(home: home).leftovers { _ in false }
            #expect(left.writes.count == 1, "\(what): the reminder was not dismissed, so it stays")
        }
    }
}
