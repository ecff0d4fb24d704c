import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import Localization

/// The options that say which Atlas to talk to and how, shared by the TUI
/// and the `matrix` command (given before or after `matrix`, they mean the
/// same).
struct ConnectionOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(CommandText.help("cli.demo.help", width: CommandText.optionWidth)))
    var demo = false

    @Option(help: ArgumentHelp(CommandText.help("cli.profile.help", width: CommandText.optionWidth), valueName: "name"))
    var profile: String?

    @Option(help: ArgumentHelp(CommandText.help("cli.baseurl.help", width: CommandText.optionWidth), valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp(CommandText.help("cli.log.help", width: CommandText.optionWidth), valueName: "file"))
    var log: String?

    /// Read before parsing (`LanguageChoice`); declared so the parser takes
    /// it and checks its value.
    @Option(help: ArgumentHelp(CommandText.help("cli.lang.help", width: CommandText.optionWidth),
                               valueName: "en|ja"))
    var lang: String?

    /// The launch of a command that only reads (`matrix`, `export`): the
    /// plan, its client and the log; warnings and a missing credential are
    /// said through `report`, the latter ending the command with status 2.
    func readOnlyLaunch(
        reporting report: (String) -> Void
    ) async throws -> (LaunchPlan, AtlasClient, OperationLog?) {
        let logFile = try log.map(OperationLog.init(path:))
        let plan = try await LaunchPlan.make(
            demo: demo, project: nil, profile: profile, baseURL: baseURL, readOnly: true, log: logFile)
        for warning in plan.warnings { report(CommandText.text("cli.warning", warning)) }
        guard let client = plan.client else {
            report(plan.appConfiguration.credentialsProblem ?? CommandText.text("cli.nocredentials"))
            throw ExitCode(2)
        }
        return (plan, client, logFile)
    }

    /// The service layer's own check, so a bad URL is refused before
    /// anything starts by the same rule that would refuse it later.
    func validate() throws {
        if let lang, Language(argument: lang) == nil {
            throw ValidationError(CommandText.text("cli.lang.invalid", lang.debugDescription))
        }
        if let baseURL {
            do {
                _ = try ConfigurationResolver.baseURL(baseURL, source: "--base-url")
            } catch {
                throw ValidationError(error.message)
            }
        }
    }
}
