import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

extension EndToEnd {
    /// How a session ends while the operator's `$EDITOR` is open on a
    /// Webhook body template.
    enum EditorEnding: String, CaseIterable, CustomTestStringConvertible {
        /// `kill` of the program alone (a supervisor, `timeout`): the
        /// program passes SIGTERM on to the editor.
        case terminate
        /// A dropped SSH connection: the program and the editor both get
        /// SIGHUP.
        case hangUp
        /// SIGTERM, and the editor ignores it: it is killed after its grace.
        case terminateStubbornEditor
        /// The program crashes (SIGSEGV): the editor is ended from the
        /// crash handler.
        case crash

        var testDescription: String { rawValue }

        var programSignal: Int32 {
            switch self {
            case .terminate, .terminateStubbornEditor: SIGTERM
            case .hangUp: SIGHUP
            case .crash: SIGSEGV
            }
        }
    }

    /// Ctrl-E on the body template opens `$EDITOR` on it; an interrupt or
    /// quit signal sent to the program meanwhile is the editor's business
    /// (as with `system()`) and ends nothing; when the editor returns, its
    /// text is in the field and is what gets saved, byte for byte.
    @Test func theEditorsTextLandsInTheBodyTemplate() async throws {
        try await Self.signalJourneyGate.run { try await editorReturnsItsText() }
    }

    private func editorReturnsItsText() async throws {
        let replacement = "{\n  \"alert\": \"${eventTypeName}\",\n  \"id\": \"${id}\"\n}"
        let editor = try ScriptedEditor(replacement: replacement)
        let journey = try Journey(extraEnvironment: try editor.environment(), reportAfterExit: true)
        defer { journey.finish() }
        let terminal = journey.terminal
        try await openBodyTemplateInEditor(journey, typing: "{ \"old\": 1 }")
        try await terminal.waitFor(ScriptedEditor.openBanner)
        let (editorPID, file) = try await editor.waitUntilOpen()

        let program = try await programPID(of: terminal)
        #expect(kill(program, SIGINT) == 0)
        #expect(kill(program, SIGQUIT) == 0)
        try editor.release()
        let back = try await terminal.waitFor("line 4/4 · \(replacement.utf8.count) bytes")
        #expect(back.contains("\"alert\": \"${eventTypeName}\","), "the edited text is in the field")
        #expect(try editor.original() == "{ \"old\": 1 }", "the editor was given the field's text")
        #expect(!FileManager.default.fileExists(atPath: file), "the template file is gone")
        #expect(!ScriptedEditor.isRunning(editorPID))
        #expect(!(try terminal.paneIsDead()), "the signals sent while the editor was open ended nothing")

        try await terminal.save(expecting: "Created Webhook on “storefront-staging”")
        let stored = try #require(try journey.sandbox.stored(.webhook, in: DemoSeed.emptyProjectID))
        #expect(stored["bodyTemplate"] == .string(replacement))
        try terminal.press("q")
        try await journey.expectSaneExit(status: 0)
    }

    /// A session ended while the editor is open never waits on the editor
    /// for good: the editor is ended too (given the signal, then killed if
    /// it outlives a short grace), so nothing is left running on the
    /// terminal the shell takes back; the terminal is restored over what
    /// the editor left (raw mode, alternate screen, keypad mode, hidden
    /// cursor); the shell sees 128 + the signal; and the template file is
    /// removed (but after a crash, which cannot clean up).
    @Test(arguments: EditorEnding.allCases)
    func aSessionEndedWhileTheEditorIsOpenEndsTheEditorAndRestoresTheTerminal(_ ending: EditorEnding) async throws {
        try await Self.endingGate.run {
            let editor = try ScriptedEditor(ignoresEndingSignals: ending == .terminateStubbornEditor)
            let journey = try Journey(extraEnvironment: try editor.environment(), reportAfterExit: true)
            defer { journey.finish() }
            let terminal = journey.terminal
            try await openBodyTemplateInEditor(journey, typing: "{}")
            try await terminal.waitFor(ScriptedEditor.openBanner)
            let (editorPID, file) = try await editor.waitUntilOpen()
            let program = try await programPID(of: terminal)

            // A hang-up reaches the whole foreground process group; the
            // editor first, since the program would otherwise end it before
            // the test could.
            if ending == .hangUp { #expect(kill(editorPID, SIGHUP) == 0) }
            #expect(kill(program, ending.programSignal) == 0)

            try await journey.expectRestoredTerminal(status: 128 + ending.programSignal)
            #expect(!ScriptedEditor.isRunning(editorPID), "the editor is not left running")
            if ending != .crash {
                #expect(!FileManager.default.fileExists(atPath: file), "the template file is gone")
            }
            #expect(try journey.sandbox.stored(.webhook, in: DemoSeed.emptyProjectID) == nil, "nothing was saved")
        }
    }

    /// Opens the empty project's Webhook form, types a URL and `body` in
    /// the body template, and presses Ctrl-E there.
    private func openBodyTemplateInEditor(_ journey: Journey, typing body: String) async throws {
        let terminal = journey.terminal
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Webhook", mode: "new")
        try terminal.type("https://hooks.example.com/atlas/alerts")
        try terminal.press("Tab", "Tab")
        try terminal.type(body)
        try await terminal.waitFor("line 1/1 · \(body.utf8.count) bytes")
        try terminal.press("C-e")
    }

    /// The program under the pane's shell.
    private func programPID(of terminal: TmuxSession) async throws -> Int32 {
        let shell = try #require(try terminal.panePID())
        return try await ProcessTree.waitForChild(of: shell)
    }
}
