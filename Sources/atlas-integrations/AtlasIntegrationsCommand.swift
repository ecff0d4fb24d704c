import ArgumentParser
import AtlasAdmin
import Foundation

/// `atlas-integrations`: set up Atlas third-party integrations from a terminal.
@main
struct AtlasIntegrationsCommand: ParsableCommand {
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
        version: AtlasAdminVersion.current
    )

    @Flag(help: "Run on an embedded local Atlas sandbox with demo data (no credentials needed).")
    var demo = false

    @Option(help: ArgumentHelp("Open this project (24-hex id) directly.", valueName: "id"))
    var project: String?

    @Option(help: ArgumentHelp("Use this Atlas CLI profile from config.toml.", valueName: "name"))
    var profile: String?

    @Option(help: ArgumentHelp("Atlas base URL (default https://cloud.mongodb.com).", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Refuse every write; browse only.")
    var readOnly = false

    @Option(help: ArgumentHelp("Write a log of requests (never secrets) to this file.", valueName: "file"))
    var log: String?

    func validate() throws {
        if let project, !AtlasIDFormat.isValid(project) {
            throw ValidationError("--project must be a 24-character hexadecimal project id, got \(project.debugDescription)")
        }
        if let baseURL, !AtlasIDFormat.isHTTPURL(baseURL) {
            throw ValidationError("--base-url must be an http:// or https:// URL with a host, got \(baseURL.debugDescription)")
        }
    }

    func run() throws {
        let logFile = try log.map(OperationLog.init(path:))
        let launch = try LaunchPlan.make(
            demo: demo, project: project, profile: profile, baseURL: baseURL, readOnly: readOnly, log: logFile)
        let code = AppLoop(plan: launch, log: logFile).run()
        if code != 0 { throw ExitCode(code) }
    }
}

/// Checks of command-line values, before anything starts.
enum AtlasIDFormat {
    static func isValid(_ id: String) -> Bool {
        id.utf8.count == 24 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    static func isHTTPURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else { return false }
        return true
    }
}
