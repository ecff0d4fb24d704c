import Foundation

/// Runs the operator's `$VISUAL` or `$EDITOR` (else `vi`) on a private temp
/// file holding a template, and returns the edited text, or nil when the
/// editor failed or changed nothing.
enum ExternalEditor {
    static func edit(_ text: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]]
            .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("atlas-integrations-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("template.txt")
        guard FileManager.default.createFile(
            atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The file name is passed as $1, never spliced into the command.
        process.arguments = ["-c", editor + " \"$1\"", "sh", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        guard process.terminationStatus == 0,
              let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let edited = String(decoding: data, as: UTF8.self)
        return edited == text ? nil : edited
    }
}
