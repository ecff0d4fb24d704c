import ArgumentParser
import AtlasSandbox
import Foundation

/// `atlas-sandbox`: runs the local Atlas Admin API server until Ctrl-C or SIGTERM.
@main
struct AtlasSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas-sandbox",
        abstract: "A local MongoDB Atlas Administration API server for trying and testing atlas-integrations.",
        discussion: """
            Serves organizations, projects and third-party integrations on loopback with Atlas's \
            status codes, error codes, masking, paging, Digest and OAuth authentication and rate limits.

            Without --api-key or --credentials-file the demo keys are accepted: sandboxk:\(SandboxAPIKey.demo.privateKey) \
            (owner) and sandboxr:\(SandboxAPIKey.demoReadOnly.privateKey) (read-only). Without \
            --service-account (or one in --credentials-file) the demo service account is accepted.

            Secrets given on the command line are visible to other local users (ps); that is \
            acceptable only because these are throwaway credentials of a local test server. \
            Never pass real Atlas credentials here.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port: UInt16 = 0

    @Option(name: .customLong("state"), help: ArgumentHelp("JSON file that keeps the data across restarts (written atomically).", valueName: "file"))
    var stateFile: String?

    @Option(help: ArgumentHelp("Initial data when there is no state file: demo, empty or large:N.", valueName: "seed"))
    var seed = "demo"

    @Option(name: .customLong("api-key"), help: ArgumentHelp("Accepted API key; repeatable.", valueName: "public:private[:read-only]"))
    var apiKeys: [String] = []

    @Option(name: .customLong("service-account"), help: ArgumentHelp("Accepted service account; repeatable.", valueName: "client-id:secret"))
    var serviceAccounts: [String] = []

    @Option(name: .customLong("credentials-file"), help: ArgumentHelp("Accepted credentials, one a line: `api-key PUBLIC:PRIVATE[:read-only]` or `service-account CLIENT_ID:SECRET`; keeps them out of ps.", valueName: "file"))
    var credentialsFile: String?

    @Option(name: .customLong("rate-limit"), help: ArgumentHelp("Token-bucket capacity per endpoint set, refilled at N per 60 s; off by default.", valueName: "N"))
    var rateLimit: Int?

    func validate() throws {
        if let rateLimit, rateLimit < 1 { throw ValidationError("--rate-limit must be at least 1") }
        _ = try parsedKeys()
        _ = try parsedAccounts()
        _ = try fileCredentials()
    }

    func run() async throws {
        let file = try fileCredentials()
        let givenKeys = (try parsedKeys() ?? []) + (file?.apiKeys ?? [])
        let givenAccounts = (try parsedAccounts() ?? []) + (file?.serviceAccounts ?? [])
        let configuration = SandboxConfiguration(
            host: host,
            port: port,
            seed: try SandboxSeed(parsing: seed),
            apiKeys: givenKeys.isEmpty ? [.demo, .demoReadOnly] : givenKeys,
            serviceAccounts: givenAccounts.isEmpty ? [.demo] : givenAccounts,
            rateLimit: rateLimit,
            stateFile: stateFile
        )
        let server = try AtlasSandboxServer(configuration: configuration)
        let url = try await server.start()
        print("listening on \(url.absoluteString)")
        // Secrets that came from the file stay out of the output too.
        let hidden = file.map { _ in " (secret in \(credentialsFile ?? "the file"))" }
        for key in configuration.apiKeys {
            let fromFile = file?.apiKeys.contains(key) ?? false
            let secret = fromFile ? (hidden ?? "") : ":" + key.privateKey
            print("api key \(key.publicKey)\(secret)\(key.readOnly ? " (read-only)" : "")")
        }
        for account in configuration.serviceAccounts {
            let fromFile = file?.serviceAccounts.contains(account) ?? false
            print("service account \(account.clientID)\(fromFile ? (hidden ?? "") : ":" + account.clientSecret)")
        }
        fflush(nil)
        let received = await SignalWaiter.wait(for: [SIGINT, SIGTERM])
        await server.stop()
        FileHandle.standardError.write(Data("atlas-sandbox: stopped on signal \(received)\n".utf8))
    }

    private func parsedKeys() throws -> [SandboxAPIKey]? {
        guard !apiKeys.isEmpty else { return nil }
        return try apiKeys.map(CredentialArgument.apiKey)
    }

    private func fileCredentials() throws -> CredentialsFile? {
        try credentialsFile.map { try CredentialsFile(path: $0) }
    }

    private func parsedAccounts() throws -> [SandboxServiceAccount]? {
        guard !serviceAccounts.isEmpty else { return nil }
        return try serviceAccounts.map(CredentialArgument.serviceAccount)
    }
}
