import Foundation
import TestSupport

/// A stand-in for the operator's `$EDITOR`, a shell script the journey
/// writes: it takes the terminal as a full-screen editor does (raw mode,
/// alternate screen, keypad mode, cursor hidden), says so on screen, and
/// stays open until the journey lets it go; then it keeps a copy of the text
/// it was given, writes `replacement` over it and puts the terminal back.
///
/// Killed while open, it leaves the terminal the way it took it, as an
/// editor dying of a signal does: the program must restore it.
struct ScriptedEditor {
    static let openBanner = "SCRIPTED EDITOR OPEN"

    let directory: TemporaryDirectory
    let script: String

    /// `ignoresEndingSignals`: it shrugs off SIGTERM and SIGHUP (as an
    /// editor busy or hung would), so only SIGKILL ends it.
    init(replacement: String = "", ignoresEndingSignals: Bool = false) throws {
        directory = try TemporaryDirectory()
        script = directory.file("editor.sh")
        try replacement.write(toFile: directory.file("replacement"), atomically: true, encoding: .utf8)
        let here = TmuxSession.shellQuote(directory.path)
        let text = """
            #!/bin/sh
            cd \(here) || exit 1
            printf '%s' "$1" > file
            echo $$ > pid.new && mv pid.new pid
            \(ignoresEndingSignals ? "trap '' TERM HUP" : "")
            saved=$(stty -g)
            stty raw -echo
            printf '\\033[?1049h\\033[?1h\\033=\\033[?25l\\033[2J\\033[H\(Self.openBanner)'
            while [ ! -e release ]; do sleep 0.05; done
            cp "$1" original
            cat replacement > "$1"
            stty "$saved"
            printf '\\033[?25h\\033[?1l\\033>\\033[?1049l'

            """
        try text.write(toFile: script, atomically: true, encoding: .utf8)
        guard chmod(script, 0o700) == 0 else { throw E2EError.command("chmod \(script) failed") }
    }

    /// What the program under test needs in its environment: this editor,
    /// and a temp directory of the journey's own for the template file.
    func environment() throws -> [String: String] {
        ["EDITOR": script, "VISUAL": "", "TMPDIR": try directory.directory("tmp")]
    }

    /// Waits until the editor runs (and has told its pid and the file it
    /// was given).
    func waitUntilOpen() async throws -> (pid: Int32, file: String) {
        try await eventually("the editor to start") {
            guard let pidText = try? String(contentsOfFile: directory.file("pid"), encoding: .utf8),
                  let pid = Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let file = try? String(contentsOfFile: directory.file("file"), encoding: .utf8) else { return nil }
            return (pid, file)
        }
    }

    /// Lets the editor finish: it writes the replacement and exits 0.
    func release() throws {
        try "".write(toFile: directory.file("release"), atomically: true, encoding: .utf8)
    }

    /// The text the program handed the editor, once it was released.
    func original() throws -> String {
        try String(contentsOfFile: directory.file("original"), encoding: .utf8)
    }

    /// Whether `pid` is still a live process (a zombie counts as gone).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }
}
