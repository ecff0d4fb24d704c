import Foundation

/// A real terminal for the binary under test: a detached tmux session on its
/// own server socket, driven with `send-keys` and read with `capture-pane`,
/// as a person at a terminal would use the program.
final class TmuxSession: @unchecked Sendable {
    let socketName: String
    let target: String
    private(set) var isAlive = true

    /// Starts `command` in a `width`×`height` window. The environment is
    /// passed to the tmux server process itself (never on any argv), so
    /// credentials in it stay out of `/proc/*/cmdline`.
    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        socketName = "atlas-e2e-\(UUID().uuidString.prefix(8))"
        target = "main"
        var env = environment
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        env["TERM"] = env["TERM"] ?? "xterm-256color"
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        env["HOME"] = env["HOME"] ?? NSTemporaryDirectory()
        let shellCommand = command.map(Self.shellQuote).joined(separator: " ")
        try Self.tmux(socketName, ["-f", "/dev/null", "new-session", "-d", "-s", target,
                                  "-x", String(width), "-y", String(height), shellCommand],
                      environment: env)
        try Self.tmux(socketName, ["set-option", "-t", target, "remain-on-exit", "on"])
        try Self.tmux(socketName, ["set-option", "-t", target, "history-limit", "5000"])
    }

    deinit {
        kill()
    }

    /// Named keys in tmux syntax: "Enter", "Tab", "BTab", "Escape", "C-c", "Down".
    func press(_ keys: String...) throws {
        try Self.tmux(socketName, ["send-keys", "-t", target] + keys)
    }

    /// Types text literally, character by character as a terminal would send it.
    func type(_ text: String) throws {
        try Self.tmux(socketName, ["send-keys", "-t", target, "-l", text])
    }

    /// Pastes text the way a terminal does with bracketed paste on.
    func paste(_ text: String) throws {
        try Self.tmux(socketName, ["set-buffer", "-b", "e2e", text])
        try Self.tmux(socketName, ["paste-buffer", "-p", "-b", "e2e", "-t", target])
    }

    /// The visible screen as text.
    func screen() throws -> String {
        try Self.tmux(socketName, ["capture-pane", "-p", "-t", target])
    }

    /// The whole pane history, scrollback included.
    func history() throws -> String {
        try Self.tmux(socketName, ["capture-pane", "-p", "-S", "-", "-t", target])
    }

    func resize(width: Int, height: Int) throws {
        try Self.tmux(socketName, ["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program in the pane.
    func panePID() throws -> Int32? {
        Int32(try Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the program in the pane has exited.
    func paneIsDead() throws -> Bool {
        try Self.tmux(socketName, ["display-message", "-p", "-t", target, "#{pane_dead}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; returns
    /// the last screen either way, and whether it matched.
    @discardableResult
    func waitFor(timeout: TimeInterval = 20, _ predicate: (String) -> Bool) throws -> (matched: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return (false, last)
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 20) throws -> (matched: Bool, screen: String) {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    func kill() {
        guard isAlive else { return }
        isAlive = false
        _ = try? Self.tmux(socketName, ["kill-server"])
    }

    @discardableResult
    static func tmux(_ socket: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw E2EError.command("tmux \(arguments.first ?? "") failed: \(text)")
        }
        return text
    }

    static func shellQuote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum E2EError: Error, CustomStringConvertible {
    case command(String)
    case missing(String)

    var description: String {
        switch self {
        case .command(let text), .missing(let text): text
        }
    }
}
