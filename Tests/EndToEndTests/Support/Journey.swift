import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport

/// One operator at one terminal: a sandbox process of their own, and
/// `atlas-integrations` running against it in tmux with the credentials in
/// the environment, as a user would set them.
final class Journey: @unchecked Sendable {
    enum Credentials {
        case apiKey
        case serviceAccount
        case none
    }

    let directory: TemporaryDirectory
    let sandbox: SandboxProcess
    let terminal: TmuxSession
    /// Where the shell writes the exit status and `stty -a` after exit.
    let reportPath: String
    /// Everything the program wrote to the terminal (with `reportAfterExit`).
    let outputLogPath: String

    init(
        arguments: [String] = [], credentials: Credentials = .apiKey, extraEnvironment: [String: String] = [:],
        seed: String = "demo", rateLimit: Int? = nil, reportAfterExit: Bool = false,
        width: Int = 100, height: Int = 30, term: String? = nil
    ) throws {
        directory = try TemporaryDirectory()
        sandbox = try SandboxProcess(in: directory, seed: seed, rateLimit: rateLimit)
        var launch = AppLaunch(home: directory, arguments: arguments)
        launch.term = term
        switch credentials {
        case .apiKey: launch.environment = sandbox.apiKeyEnvironment
        case .serviceAccount: launch.environment = sandbox.serviceAccountEnvironment
        case .none: break
        }
        launch.environment.merge(extraEnvironment) { $1 }
        reportPath = directory.file("after-exit.txt")
        outputLogPath = directory.file("terminal-output.log")
        if reportAfterExit {
            launch.afterExitReport = reportPath
            launch.outputLog = outputLogPath
        }
        terminal = try launch.start(width: width, height: height)
    }

    deinit {
        finish()
    }

    /// Ends the terminal and the sandbox.
    func finish() {
        terminal.kill()
        sandbox.stop()
    }
}
