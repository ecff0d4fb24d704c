import Foundation

/// Finds the program under test below the shell that runs it, to send it
/// signals as a terminal emulator or `kill` would.
enum ProcessTree {
    /// The pids whose parent is `parent`, from `/proc/*/stat`.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (comm) ": state, then the parent pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, Int32(fields[1]) == parent else { return nil }
            return pid
        }
    }

    /// Waits for `parent` to have a child (the shell starting the program).
    static func waitForChild(of parent: Int32, timeout: Duration = .seconds(30)) async throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let child = children(of: parent).first { return child }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw E2EError.missing("no child process of \(parent) appeared")
    }
}
