import Foundation

/// What the shell recorded once the program had exited: its exit status,
/// and the terminal's modes as `stty -a` printed them.
struct AfterExitReport {
    var exitStatus: Int32?
    /// Every mode word of `stty -a` (`icanon`, `-echo`, `iutf8` …).
    var modes: Set<String>
    var text: String

    init(_ text: String) {
        self.text = text
        let lines = text.split(separator: "\n")
        exitStatus = lines.first { $0.hasPrefix("exit=") }.flatMap { Int32($0.dropFirst("exit=".count)) }
        modes = Set(lines.dropFirst().flatMap { $0.split { $0 == " " || $0 == ";" } }.map(String.init))
    }

    /// Waits for the shell to finish writing the report at `path`.
    static func wait(at path: String, timeout: Duration = .seconds(30)) async throws -> AfterExitReport {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains("icanon") {
                return AfterExitReport(text)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw E2EError.missing("the shell wrote no terminal modes to \(path) after the program exited")
    }

    /// Line editing and echo are back on: the operator's shell works again.
    var isSane: Bool {
        modes.contains("icanon") && modes.contains("echo") && !modes.contains("-icanon") && !modes.contains("-echo")
    }
}
