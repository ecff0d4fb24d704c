import Foundation
import TestSupport

/// How a journey starts `atlas-integrations`: its arguments, and the
/// environment an operator's shell would hand it (an empty HOME, so no
/// Atlas CLI profile of the account running the tests can leak in).
struct AppLaunch {
    var arguments: [String] = []
    var environment: [String: String] = [:]
    let home: TemporaryDirectory
    /// When set, the program runs under `sh -c`, and after it exits the
    /// shell writes its exit status and `stty -a` to this file: what the
    /// operator's terminal is left like. The shell runs it in `home`'s
    /// directory with core dumps off, so a crash under test writes no core
    /// file anywhere.
    var afterExitReport: String?
    /// When set, every byte the program writes to the terminal goes here too.
    var outputLog: String?
    /// When set, the program runs with this `TERM` instead of the one tmux
    /// gives its panes (an operator's shell rc exporting `xterm-256color`).
    var term: String?

    init(home: TemporaryDirectory, arguments: [String] = [], environment: [String: String] = [:]) {
        self.home = home
        self.arguments = arguments
        self.environment = environment
    }

    /// Runs it in a fresh `width`×`height` terminal.
    func start(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let binary = try BuiltProducts.binary("atlas-integrations")
        var env = environment
        env["HOME"] = try home.directory("home")
        // An empty XDG_CONFIG_HOME in `environment` leaves it unset: $HOME decides.
        switch env["XDG_CONFIG_HOME"] {
        case nil: env["XDG_CONFIG_HOME"] = try home.directory("home/.config")
        case ""?: env["XDG_CONFIG_HOME"] = nil
        default: break
        }
        let command: [String]
        // tmux sets TERM in each pane it starts, so a TERM of our own is set by `env` inside it.
        let program = (term.map { ["env", "TERM=\($0)"] } ?? []) + [binary] + arguments
        if let report = afterExitReport {
            let program = program.map(TmuxSession.shellQuote).joined(separator: " ")
            let quotedReport = TmuxSession.shellQuote(report)
            let setup = "ulimit -c 0; cd \(TmuxSession.shellQuote(home.path)) || exit 1"
            command = ["sh", "-c", "\(setup); \(program); echo \"exit=$?\" > \(quotedReport); stty -a >> \(quotedReport)"]
        } else {
            command = program
        }
        return try TmuxSession(command: command, environment: env, width: width, height: height, outputLog: outputLog,
                              directory: home.path)
    }
}
