import CursesTerminal
import Foundation

/// Runs the operator's `$VISUAL` or `$EDITOR` (else `vi`) on a private temp
/// file holding a template, with curses suspended.
enum ExternalEditor {
    enum Outcome: Equatable {
        /// The editor returned: the edited text, or nil when it failed or
        /// changed nothing.
        case finished(String?)
        /// SIGTERM or SIGHUP came while it was open: the editor was ended
        /// too, and the session ends with this signal.
        case sessionEnded(signal: Int32)
    }

    static func edit(_ text: String, on terminal: Terminal) -> Outcome {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]]
            .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("atlas-integrations-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            return .finished(nil)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("template.txt")
        guard FileManager.default.createFile(
            atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .finished(nil)
        }
        // The file name is passed as $1, never spliced into the command;
        // `exec` makes the editor the program's own child, so the signals
        // that end the session reach it rather than a shell in between.
        let outcome = terminal.runInForeground(["/bin/sh", "-c", "exec " + editor + " \"$1\"", "sh", file.path])
        switch outcome {
        case .sessionEnded(let signalNumber):
            return .sessionEnded(signal: signalNumber)
        case .notStarted, .exited(status: 1...), .exited(status: ..<0):
            return .finished(nil)
        case .exited:
            guard let data = FileManager.default.contents(atPath: file.path) else { return .finished(nil) }
            let edited = String(decoding: data, as: UTF8.self)
            return .finished(edited == text ? nil : edited)
        }
    }
}
