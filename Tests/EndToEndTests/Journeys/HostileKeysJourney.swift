import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

extension EndToEnd {
    /// Seeded noise (CSI and SS3 fragments, huge parameters, mouse reports,
    /// pastes without an end, invalid UTF-8, Esc at chunk ends) typed as raw
    /// bytes into the project picker and then into a form's text field: the
    /// program stays up, keeps drawing, still answers ordinary keys, saves
    /// nothing it was not asked to, echoes none of the noise to the terminal
    /// as a control sequence, and gives the terminal back on quit.
    @Test func hostileKeyBytesInThePickerAndAFormLeaveItWorking() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        let terminal = journey.terminal
        let chunksPerScreen = 120
        var counts = (chunks: 0, bytes: 0)

        func typeNoise(_ generator: inout HostileKeyBytes) throws {
            for _ in 0..<chunksPerScreen {
                let chunk = generator.chunk()
                try terminal.send(bytes: chunk)
                counts.chunks += 1
                counts.bytes += chunk.count
            }
        }

        // The noise may leave a paste open (its end marker never sent) or a
        // sequence half read; the program holds such input until the input
        // has been quiet for half a second, then takes it as all there is.
        // So: clear the field and type two letters no noise chunk holds,
        // then wait for them on the screen. While input is held they are
        // part of it (and may not fit once it lands in a full field): then
        // the wait ends without them, the held input has been let go
        // meanwhile, and clearing and typing again works. Once they show,
        // every key is a key again, and one more clear leaves just them.
        // Were held input never let go, ten tries of 2 s each would fail
        // the journey.
        let probe = "жж"
        func clearAndProbe(_ clear: [String], in screen: String) async throws {
            for _ in 1...10 {
                try terminal.press(contentsOf: clear)
                try terminal.type(probe)
                do {
                    try await terminal.waitFor("the typed probe in \(screen)", timeout: .seconds(2)) { $0.contains(probe) }
                    try terminal.press(contentsOf: clear)
                    try terminal.type(probe)
                    return
                } catch E2EError.timeout {
                    continue
                }
            }
            throw E2EError.missing("the probe never reached \(screen): input after the noise stays held")
        }

        // The picker: no Esc on its own (on an empty filter it quits).
        try await terminal.waitFor("40 projects")
        var pickerNoise = HostileKeyBytes(seed: 0xE2E_F022_0001, allowsEscapeKey: false)
        try typeNoise(&pickerNoise)
        try await clearAndProbe(["C-u"], in: "the picker's filter")
        #expect(try !terminal.paneIsDead(), "alive after the noise in the picker")
        try await terminal.waitFor("the picker, still drawn, filtered by the probe") {
            $0.contains("Filter: \(probe)") && $0.contains("0 of 40")
        }
        try terminal.press("C-u")
        try await terminal.waitFor("40 projects")
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")

        // A form: the noise goes into the focused URL field.
        try await terminal.openForm("Webhook", mode: "new")
        var formNoise = HostileKeyBytes(seed: 0xE2E_F022_0002, allowsEscapeKey: false)
        try typeNoise(&formNoise)
        try await clearAndProbe(["End", "C-u"], in: "the form's URL field")
        #expect(try !terminal.paneIsDead(), "alive after the noise in the form")
        let noisy = try await terminal.waitFor("› Webhook (new)")
        #expect(noisy.contains("URL"), "the form is still drawn:\n\(noisy)")

        // Ordinary keys still work: clear the field and type a URL.
        let url = "https://hooks.example.com/after-noise"
        try terminal.press("End")
        try terminal.press("C-u")
        try terminal.type(url)
        let typed = try await terminal.waitFor(url)
        #expect(typed.contains("› Webhook (new)"))
        #expect(!typed.contains(probe), "the field holds the typed URL only:\n\(typed)")
        print("HostileKeys e2e: \(counts.chunks) chunks, \(counts.bytes) bytes typed (picker and form)")

        try terminal.press("C-c")
        let report = try await AfterExitReport.wait(at: journey.reportPath)
        #expect(report.isSane, "stty -a after exit:\n\(report.text)")
        try await terminal.waitForExit()
        let output = try await TerminalOutputLog.wait(at: journey.outputLogPath)
        #expect(output.leftAlternateScreen && output.cursorShown && output.bracketedPasteOff && output.keypadNormal)
        #expect(!output.text.contains("\u{1b}[99999999999"), "typed sequences are never echoed as sequences")
        #expect(!output.text.contains("\u{1b}[<"), "nor mouse reports")
        #expect(try journey.sandbox.stored(.webhook, in: DemoSeed.emptyProjectID) == nil, "the noise saved nothing")
    }
}
