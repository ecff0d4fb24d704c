import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import CMallocTuning
import CursesTerminal
import Foundation
import Localization

/// `atlas-integrations`: set up Atlas third-party integrations from a terminal.
@main
struct AtlasIntegrationsCommand: AsyncParsableCommand {
    /// Computed: its words are in the language chosen at start.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "atlas-integrations",
            abstract: CommandText.help("cli.abstract", width: CommandText.optionWidth),
            discussion: CommandText.help("cli.discussion", width: CommandText.discussionWidth),
            version: AtlasAdminVersion.current,
            subcommands: [MatrixCommand.self, ExportCommand.self, AuditCommand.self]
        )
    }

    @OptionGroup var connection: ConnectionOptions

    /// Chooses the language before anything makes text (the parser's help
    /// and errors included), then parses and runs as usual.
    static func main() async {
        // Widths of wide characters (the help's Japanese lines, the matrix
        // table) need a UTF-8 character locale even when the named one is
        // not installed.
        CharacterLocale.adopt()
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

    @Option(help: ArgumentHelp(CommandText.help("cli.project.help", width: CommandText.optionWidth), valueName: "id"))
    var project: String?

    @Flag(help: ArgumentHelp(CommandText.help("cli.readonly.help", width: CommandText.optionWidth)))
    var readOnly = false

    /// The service layer's own checks, so a flag is refused before anything
    /// starts by the same rule that would refuse it later.
    func validate() throws {
        if let project, !AtlasID.isValid(project) {
            throw ValidationError(CommandText.text("cli.project.invalid", project.debugDescription))
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
