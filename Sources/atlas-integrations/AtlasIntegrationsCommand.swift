import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import CMallocTuning
import Foundation
import Localization

/// `atlas-integrations`: set up Atlas third-party integrations from a terminal.
@main
struct AtlasIntegrationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas-integrations",
        abstract: "Set up MongoDB Atlas third-party integrations (PagerDuty, Datadog, …) on projects.",
        discussion: """
            Credentials are resolved like the Atlas CLI's: --profile, then the environment \
            (MONGODB_ATLAS_CLIENT_ID/_CLIENT_SECRET or MONGODB_ATLAS_PUBLIC_API_KEY/_PRIVATE_API_KEY, \
            MONGODB_ATLAS_OPS_MANAGER_URL or MONGODB_ATLAS_BASE_URL), then the default profile of \
            $XDG_CONFIG_HOME/atlascli/config.toml (else $HOME/.config/…); --base-url and --project \
            replace what those give. Secrets are never taken from the command line.
            Try it without Atlas: atlas-integrations --demo
            """,
        version: AtlasAdminVersion.current,
        subcommands: [MatrixCommand.self, ExportCommand.self, AuditCommand.self]
    )

    @OptionGroup var connection: ConnectionOptions

    /// Chooses the language before anything makes text (the parser's help
    /// and errors included), then parses and runs as usual.
    static func main() async {
        Wording.setProcessLanguage(LanguageChoice.choose(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    @Option(help: ArgumentHelp("Open this project (24-hex id) directly.", valueName: "id"))
    var project: String?

    @Flag(help: "Refuse every write; browse only.")
    var readOnly = false

    /// The service layer's own checks, so a flag is refused before anything
    /// starts by the same rule that would refuse it later.
    func validate() throws {
        if let project, !AtlasID.isValid(project) {
            throw ValidationError("--project must be a 24-character hexadecimal project id, got \(project.debugDescription)")
        }
    }

    func run() async throws {
        let tuned = atlas_malloc_tune()
        let logFile = try connection.log.map(OperationLog.init(path:))
        logFile?.write("malloc settings applied=\(tuned)")
        let launch = try await LaunchPlan.make(
            demo: connection.demo, project: project, profile: connection.profile, baseURL: connection.baseURL,
            readOnly: readOnly, log: logFile)
        let ending = await AppLoop(plan: launch, log: logFile).run()
        await ending.runner.writes.settle(grace: AppLoop.writeGrace, isDemo: ending.isDemo)
        await ending.runner.shutdown()
        logFile?.write("exit status=\(ending.exitStatus)")
        if ending.exitStatus != 0 { throw ExitCode(ending.exitStatus) }
    }
}
