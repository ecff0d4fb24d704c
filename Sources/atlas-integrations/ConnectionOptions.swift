import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import Localization

/// The options that say which Atlas to talk to and how, shared by the TUI
/// and the `matrix` command (given before or after `matrix`, they mean the
/// same).
struct ConnectionOptions: ParsableArguments {
    @Flag(help: "Run on an embedded local Atlas sandbox with demo data (no credentials needed).")
    var demo = false

    @Option(help: ArgumentHelp("Use this Atlas CLI profile from config.toml.", valueName: "name"))
    var profile: String?

    @Option(help: ArgumentHelp("Atlas base URL (default https://cloud.mongodb.com).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Write a log of requests (never secrets) to this file.", valueName: "file"))
    var log: String?

    /// Read before parsing (`LanguageChoice`); declared so the parser takes
    /// it and checks its value.
    @Option(help: ArgumentHelp("Language of the interface: en or ja (default: from LC_ALL, LC_MESSAGES, LANG).",
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
        for warning in plan.warnings { report("warning: \(warning)") }
        guard let client = plan.client else {
            report(plan.appConfiguration.credentialsProblem ?? "no Atlas credentials")
            throw ExitCode(2)
        }
        return (plan, client, logFile)
    }

    /// The service layer's own check, so a bad URL is refused before
    /// anything starts by the same rule that would refuse it later.
    func validate() throws {
        if let lang, Language(argument: lang) == nil {
            throw ValidationError("--lang must be en or ja, got \(lang.debugDescription)")
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
