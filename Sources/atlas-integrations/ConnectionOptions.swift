import ArgumentParser
import AtlasAdmin

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

    /// The service layer's own check, so a bad URL is refused before
    /// anything starts by the same rule that would refuse it later.
    func validate() throws {
        if let baseURL {
            do {
                _ = try ConfigurationResolver.baseURL(baseURL, source: "--base-url")
            } catch {
                throw ValidationError(error.message)
            }
        }
    }
}
