import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// How an operator hands over credentials, never on the command line.
    enum SecretCredentials: String, CaseIterable, CustomTestStringConvertible {
        /// An API key (HTTP Digest) in the environment.
        case apiKeyInEnvironment
        /// A service account (OAuth) in a `config.toml` profile.
        case serviceAccountInProfile

        var testDescription: String {
            switch self {
            case .apiKeyInEnvironment: "API key in the environment"
            case .serviceAccountInProfile: "service account in config.toml"
            }
        }
    }

    /// A whole session with `--log` on: pick a project, create PagerDuty
    /// with a service key, reopen it (only the key's tail shown), change
    /// the region and save (PUT), create Datadog with an API key, delete
    /// it, quit. Neither the credentials nor the typed keys nor an access
    /// token appear in any process's arguments while it runs, nor, after it
    /// ends, in the log, in any file under the session's HOME, XDG and
    /// temporary directories, in the terminal's scrollback or in the raw
    /// bytes written to the terminal. Atlas still holds the key as typed:
    /// the masked form was never sent back.
    @Test(arguments: SecretCredentials.allCases)
    func secretsLeakNowhereInAWholeSession(_ credentials: SecretCredentials) async throws {
        let directory = try TemporaryDirectory()
        let home = try directory.directory("home")
        let logFile = home + "/atlas-integrations.log"
        let publicKey = "pk" + Self.randomHex(6)
        let clientID = "mdb_sa_id_" + Self.randomHex(24)
        var secrets = [
            "PagerDuty service key": Self.randomHex(32),
            "Datadog API key": Self.randomHex(32),
            // Every access token the sandbox issues starts with this.
            "access token": "sbx_at_",
        ]
        let accepted: String
        switch credentials {
        case .apiKeyInEnvironment:
            secrets["private API key"] = UUID().uuidString.lowercased()
            accepted = "api-key \(publicKey):\(secrets["private API key"] ?? "")\n"
        case .serviceAccountInProfile:
            secrets["client secret"] = "mdb_sa_sk_" + Self.randomHex(40)
            accepted = "service-account \(clientID):\(secrets["client secret"] ?? "")\n"
        }
        let credentialsFile = directory.file("sandbox-credentials")
        try Self.writePrivate(accepted, to: credentialsFile)
        let sandbox = try SandboxProcess(in: directory, extraArguments: ["--credentials-file", credentialsFile])
        defer { sandbox.stop() }

        var launch = AppLaunch(home: directory, arguments: ["--log", logFile])
        var operatorFiles: Set<String> = []
        for (variable, place) in [("XDG_STATE_HOME", "home/.local/state"), ("XDG_CACHE_HOME", "home/.cache"),
                                  ("XDG_DATA_HOME", "home/.local/share"), ("TMPDIR", "home/tmp")] {
            launch.environment[variable] = try directory.directory(place)
        }
        switch credentials {
        case .apiKeyInEnvironment:
            launch.environment["MONGODB_ATLAS_OPS_MANAGER_URL"] = sandbox.baseURL.absoluteString
            launch.environment["MONGODB_ATLAS_PUBLIC_API_KEY"] = publicKey
            launch.environment["MONGODB_ATLAS_PRIVATE_API_KEY"] = secrets["private API key"]
        case .serviceAccountInProfile:
            let config = try directory.directory("home/.config/atlascli") + "/config.toml"
            try Self.writePrivate("""
                [ops]
                auth_type = "service_account"
                client_id = "\(clientID)"
                client_secret = "\(secrets["client secret"] ?? "")"
                ops_manager_url = "\(sandbox.baseURL.absoluteString)"
                """, to: config)
            operatorFiles.insert(config)
            launch.arguments += ["--profile", "ops"]
        }
        launch.afterExitReport = directory.file("after-exit.txt")
        launch.outputLog = directory.file("terminal-output.log")
        let terminal = try launch.start()
        defer { terminal.kill() }
        var scan = SecretScan(secrets: secrets)
        let project = DemoSeed.emptyProjectID
        let serviceKey = secrets["PagerDuty service key"] ?? ""
        let datadogKey = secrets["Datadog API key"] ?? ""

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        scan.scanProcessArguments()

        // The scan can see a secret where one is: in the program's own
        // environment (the API key) or the operator's config.toml.
        let program = try await ProcessTree.waitForChild(of: try #require(try terminal.panePID()))
        var control = SecretScan(secrets: secrets.filter { $0.key == "private API key" || $0.key == "client secret" })
        control.scan([UInt8](FileManager.default.contents(atPath: "/proc/\(program)/environ") ?? Data()), where: "environ")
        control.scanFiles(under: home)
        #expect(control.leaks.count == 1, "\(control.leaks)")

        // Create PagerDuty with a service key.
        try await terminal.openForm("PagerDuty", mode: "new")
        try terminal.type(serviceKey)
        try await terminal.waitFor("32 chars")
        scan.scanProcessArguments()
        try await terminal.save(expecting: "Created PagerDuty on “storefront-staging”")
        #expect(try sandbox.stored(.pagerDuty, in: project)?["serviceKey"] == .string(serviceKey))

        // Reopen it: only the tail is shown. Change the region, type the
        // key again as the form asks, save: a PUT.
        try await terminal.openForm("PagerDuty", mode: "edit")
        let reopened = try await terminal.waitFor("current: ****\(serviceKey.suffix(4))")
        #expect(!reopened.contains(serviceKey))
        try terminal.type(serviceKey)
        try await terminal.waitFor("typed ends \(serviceKey.suffix(4))")
        try terminal.press("Tab", "Right")
        try await terminal.waitFor("◉ EU")
        scan.scanProcessArguments()
        try await terminal.save(expecting: "Updated PagerDuty on “storefront-staging”")
        let stored = try #require(try sandbox.stored(.pagerDuty, in: project))
        #expect(stored["serviceKey"] == .string(serviceKey), "the key as typed, never its masked form")
        #expect(stored["region"] == .string("EU"))

        // Create Datadog with an API key, then delete it.
        try await terminal.openForm("Datadog", mode: "new")
        try terminal.type(datadogKey)
        try await terminal.waitFor("32 chars")
        scan.scanProcessArguments()
        try await terminal.save(expecting: "Created Datadog on “storefront-staging”")
        #expect(try sandbox.stored(.datadog, in: project)?["apiKey"] == .string(datadogKey))
        try await terminal.select("Datadog")
        try terminal.press("d")
        try await terminal.waitFor("Delete Datadog?")
        try terminal.press("y")
        try await terminal.waitFor("Datadog no longer configured") { $0.menuRow("Datadog").contains("not configured") }
        #expect(try sandbox.stored(.datadog, in: project) == nil)
        scan.scanProcessArguments()

        let writes = try await sandbox.requestLog().filter { $0.method != "GET" && $0.auth != .none && $0.path.contains("/groups/") }
        #expect(writes.map { "\($0.method) \($0.path.split(separator: "/").last ?? "") \($0.status)" }
            == ["POST PAGER_DUTY 200", "PUT PAGER_DUTY 200", "POST DATADOG 200", "DELETE DATADOG 204"])
        let principal = credentials == .apiKeyInEnvironment ? publicKey : clientID
        #expect(writes.allSatisfy { $0.principal == principal }, "the sandbox accepted these credentials only")

        try terminal.press("q")
        let afterExit = try await AfterExitReport.wait(at: directory.file("after-exit.txt"))
        #expect(afterExit.exitStatus == 0)
        _ = try await TerminalOutputLog.wait(at: directory.file("terminal-output.log"))

        // Everything the session left behind.
        let log = try String(contentsOfFile: logFile, encoding: .utf8)
        #expect(log.contains("http PUT "), "the log recorded the session")
        scan.scanFiles(under: home, excluding: operatorFiles)
        scan.scan(try terminal.history(), where: "scrollback")
        scan.scan([UInt8](FileManager.default.contents(atPath: directory.file("terminal-output.log")) ?? Data()),
                  where: "raw terminal output")
        #expect(scan.leaks.isEmpty, "\(scan.leaks)")
        #expect(scan.processesScanned > 0 && scan.filesScanned > 0)
        // The figures, kept with `swift test --attachments-path DIR`.
        Attachment.record("\(credentials.testDescription): \(scan.summary)\n", named: "secret-scan.txt")
    }

    static func randomHex(_ count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in "0123456789abcdef".randomElement(using: &generator) ?? "0" })
    }

    /// Writes `text` readable by its owner only, as an operator keeps secrets.
    static func writePrivate(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw E2EError.command("could not write \(path)")
        }
    }
}
