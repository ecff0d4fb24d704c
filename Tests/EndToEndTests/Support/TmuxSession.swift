import Foundation

/// A real terminal for the binary under test: a detached tmux session on its
/// own server socket, driven with `send-keys` and read with `capture-pane`,
/// as a person at a terminal would use the program.
///
/// Every journey gets its own tmux server, so journeys can run side by side.
final class TmuxSession: @unchecked Sendable {
    let socketName: String
    let target = "main"
    private let configFile: String
    /// The server's socket, which tmux leaves behind when it exits.
    private var socketPath: String?
    private(set) var isAlive = true

    /// Starts `command` in a `width`×`height` window. The environment is
    /// passed to the tmux server process itself (never on any argv), so
    /// credentials in it stay out of `/proc/*/cmdline`. With `outputLog`,
    /// every byte the program writes to the terminal is copied to that file.
    init(
        command: [String], environment: [String: String], width: Int = 100, height: Int = 30,
        outputLog: String? = nil, directory: String? = nil
    ) throws {
        socketName = "atlas-e2e-\(UUID().uuidString.prefix(8))"
        // Options must hold before the program starts: a program that exits at
        // once would otherwise take its pane (and the history) with it.
        configFile = NSTemporaryDirectory() + "/\(socketName).conf"
        let options = """
            set -g remain-on-exit on
            set -g history-limit 5000
            set -g status off
            set -g default-terminal tmux-256color

            """
        try options.write(toFile: configFile, atomically: true, encoding: .utf8)
        var env = environment
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        env["PATH"] = env["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        env["HOME"] = env["HOME"] ?? NSTemporaryDirectory()
        let shellCommand = command.map(Self.shellQuote).joined(separator: " ")
        // The program's working directory: where it writes exports.
        var arguments = ["-f", configFile, "new-session", "-d", "-s", target]
            + (directory.map { ["-c", $0] } ?? [])
            + ["-x", String(width), "-y", String(height), shellCommand]
        if let outputLog {
            // In the same tmux command as new-session, so it is in place
            // before the server reads the program's first byte.
            arguments += [";", "pipe-pane", "-o", "-t", target, "cat >> \(Self.shellQuote(outputLog))"]
        }
        try Self.tmux(socketName, arguments, environment: env)
        socketPath = try? Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        kill()
    }

    // MARK: - Keys

    /// Named keys in tmux syntax: "Enter", "Tab", "BTab", "Escape", "C-c", "Down".
    func press(_ keys: String...) throws {
        try press(contentsOf: keys)
    }

    func press(contentsOf keys: [String]) throws {
        try Self.tmux(socketName, ["send-keys", "-t", target] + keys)
    }

    /// Types text literally, as a terminal sends typed characters.
    func type(_ text: String) throws {
        try Self.tmux(socketName, ["send-keys", "-t", target, "-l", text])
    }

    /// Pastes text the way a terminal does with bracketed paste on.
    func paste(_ text: String) throws {
        try Self.tmux(socketName, ["set-buffer", "-b", "e2e", text])
        try Self.tmux(socketName, ["paste-buffer", "-p", "-d", "-b", "e2e", "-t", target])
    }

    // MARK: - Reading

    /// The visible screen as text.
    func screen() throws -> String {
        try Self.tmux(socketName, ["capture-pane", "-p", "-t", target])
    }

    /// The visible screen with its colours and attributes as SGR escapes.
    func styledScreen() throws -> String {
        try Self.tmux(socketName, ["capture-pane", "-e", "-p", "-t", target])
    }

    /// The whole pane history, scrollback included.
    func history() throws -> String {
        try Self.tmux(socketName, ["capture-pane", "-p", "-S", "-", "-E", "-", "-t", target])
    }

    func resize(width: Int, height: Int) throws {
        try Self.tmux(socketName, ["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The pid of the pane's first process (the program, or the shell running it).
    func panePID() throws -> Int32? {
        Int32(try Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the program in the pane has exited.
    func paneIsDead() throws -> Bool {
        try Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{pane_dead}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// A pane format variable (`alternate_on`, `cursor_flag` …): the
    /// terminal state tmux tracks for the pane.
    func paneFlag(_ name: String) throws -> String {
        try Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{\(name)}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The exit status of the pane's first process, once it is dead.
    func paneExitStatus() throws -> Int32? {
        Int32(try Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{pane_dead_status}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    // MARK: - Waiting

    /// Polls the screen until `predicate` holds; throws with the last screen
    /// after `timeout`. Returns the matching screen.
    @discardableResult
    func waitFor(
        _ description: String, timeout: Duration = .seconds(30), _ predicate: (String) -> Bool
    ) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while true {
            last = try screen()
            if predicate(last) { return last }
            if clock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw E2EError.timeout(waitingFor: description, screen: last)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen shows every one of `texts`.
    @discardableResult
    func waitFor(all texts: [String], timeout: Duration = .seconds(30)) async throws -> String {
        try await waitFor(texts.map { "“\($0)”" }.joined(separator: " and "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits until the screen no longer shows `text`.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitFor("“\(text)” to go away", timeout: timeout) { !$0.contains(text) }
    }

    /// Waits until the program in the pane has exited.
    func waitForExit(timeout: Duration = .seconds(30)) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if try paneIsDead() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw E2EError.timeout(waitingFor: "the program to exit", screen: (try? screen()) ?? "")
    }

    func kill() {
        guard isAlive else { return }
        isAlive = false
        _ = try? Self.tmux(socketName, ["kill-server"])
        try? FileManager.default.removeItem(atPath: configFile)
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    // MARK: - Running tmux

    @discardableResult
    static func tmux(_ socket: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        // A test run inside tmux must not talk to the operator's own server.
        var env = environment ?? ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        let result = try ChildProcess.run(["tmux", "-L", socket] + arguments, environment: env)
        guard result.status == 0 else {
            throw E2EError.command("tmux \(arguments.first ?? "") failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    static func shellQuote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
