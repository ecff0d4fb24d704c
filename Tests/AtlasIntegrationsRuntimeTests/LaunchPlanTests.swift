import AtlasAdmin
import AtlasIntegrationsRuntime
import AtlasSandbox
import Foundation
import IntegrationsUI
import TestSupport
import Testing

/// What the command line and the environment add up to before the
/// terminal starts: which credentials sign, against which target, what
/// the first screen says, and where writes are journaled.
@Suite struct LaunchPlanTests {
    static let publicKey = "abcdefgh"
    static let privateKey = "6c1a2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    static let clientID = "mdb_sa_id_0123456789abcdef01234567"
    static let clientSecret = "mdb_sa_sk_s3cr3t"
    static let project = "6a79404f2c88faeba59beea6"

    static func plan(
        _ environment: [String: String], demo: Bool = false, project: String? = nil, profile: String? = nil,
        baseURL: String? = nil, readOnly: Bool = false, log: OperationLog? = nil
    ) async throws -> LaunchPlan {
        try await LaunchPlan.make(
            demo: demo, project: project, profile: profile, baseURL: baseURL, readOnly: readOnly, log: log,
            environment: environment)
    }

    @Test func withoutCredentialsTheFirstScreenSaysWhereItLooked() async throws {
        let home = try TemporaryDirectory()
        let plan = try await Self.plan(["HOME": home.path])
        #expect(plan.client == nil)
        #expect(plan.appConfiguration.credentialsProblem
            == "No Atlas credentials were found in the environment or in \(home.path)/.config/atlascli/config.toml.")
        #expect(plan.appConfiguration.targetLabel == "https://cloud.mongodb.com")
        #expect(plan.appConfiguration.authKind == "none")
        #expect(plan.journal?.directory.path == home.path + "/.local/state/atlas-integrations")
    }

    @Test func anAPIKeyInTheEnvironmentSignsWithDigestAgainstItsURL() async throws {
        let home = try TemporaryDirectory()
        let plan = try await Self.plan([
            "HOME": home.path, "MONGODB_ATLAS_PUBLIC_API_KEY": Self.publicKey,
            "MONGODB_ATLAS_PRIVATE_API_KEY": Self.privateKey, "MONGODB_ATLAS_OPS_MANAGER_URL": "http://127.0.0.1:8080/",
            "MONGODB_ATLAS_PROJECT_ID": Self.project,
        ])
        let client = try #require(plan.client)
        guard case .apiKey(let publicKey, let privateKey)? = client.configuration.credentials else {
            Issue.record("not an API key: \(String(describing: client.configuration.credentials))")
            return
        }
        #expect(publicKey == Self.publicKey && privateKey.clearText == Self.privateKey)
        #expect(client.configuration.baseURL.absoluteString == "http://127.0.0.1:8080")
        #expect(plan.appConfiguration.targetLabel == "http://127.0.0.1:8080")
        #expect(plan.appConfiguration.authKind == "API key (Digest)")
        #expect(plan.appConfiguration.startProjectID == Self.project)
        #expect(plan.appConfiguration.credentialsProblem == nil)
        #expect(plan.warnings.isEmpty, "loopback over plain http is no warning: \(plan.warnings)")
    }

    @Test func aServiceAccountIsPreferredToAnAPIKeyAndTheOperatorIsTold() async throws {
        let home = try TemporaryDirectory()
        let plan = try await Self.plan([
            "HOME": home.path, "MONGODB_ATLAS_PUBLIC_API_KEY": Self.publicKey,
            "MONGODB_ATLAS_PRIVATE_API_KEY": Self.privateKey, "MONGODB_ATLAS_CLIENT_ID": Self.clientID,
            "MONGODB_ATLAS_CLIENT_SECRET": Self.clientSecret,
        ])
        guard case .serviceAccount(let clientID, _)? = plan.client?.configuration.credentials else {
            Issue.record("the service account was not chosen")
            return
        }
        #expect(clientID == Self.clientID)
        #expect(plan.appConfiguration.authKind == "service account")
        #expect(plan.warnings.contains { $0.contains("using the service account") }, "\(plan.warnings)")
        #expect(!plan.warnings.joined().contains(Self.clientSecret) && !plan.warnings.joined().contains(Self.privateKey))
    }

    @Test func theCommandLineHasTheLastWord() async throws {
        let home = try TemporaryDirectory()
        let plan = try await Self.plan(
            ["HOME": home.path, "MONGODB_ATLAS_PUBLIC_API_KEY": Self.publicKey,
             "MONGODB_ATLAS_PRIVATE_API_KEY": Self.privateKey, "MONGODB_ATLAS_BASE_URL": "https://old.example.com",
             "MONGODB_ATLAS_PROJECT_ID": "5f0000000000000000000001"],
            project: Self.project, baseURL: "https://atlas.example.com/", readOnly: true)
        #expect(plan.client?.configuration.baseURL.absoluteString == "https://atlas.example.com")
        #expect(plan.appConfiguration.targetLabel == "https://atlas.example.com")
        #expect(plan.appConfiguration.startProjectID == Self.project)
        #expect(plan.appConfiguration.readOnly)
    }

    @Test func plainHTTPToARemoteHostIsWarnedOf() async throws {
        let home = try TemporaryDirectory()
        let plan = try await Self.plan(
            ["HOME": home.path, "MONGODB_ATLAS_PUBLIC_API_KEY": Self.publicKey, "MONGODB_ATLAS_PRIVATE_API_KEY": Self.privateKey],
            baseURL: "http://atlas.example.com")
        #expect(plan.warnings == ["http://atlas.example.com is plain http: requests and tokens travel unencrypted."])
    }

    /// A broken profile does not stop the program: the first screen names
    /// the file and line, against the target the operator asked for.
    @Test func aBrokenProfileIsShownOnTheFirstScreen() async throws {
        let home = try TemporaryDirectory()
        let directory = home.url.appendingPathComponent(".config/atlascli")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("config.toml")
        try Data("[work]\npublic_api_key = \"abc\"\nprivate_api_key = = 3\n".utf8).write(to: file)
        let plan = try await Self.plan(["HOME": home.path], profile: "work", baseURL: "https://atlas.example.com/")
        #expect(plan.client == nil)
        #expect(plan.appConfiguration.credentialsProblem?.hasPrefix("\(file.path) line 3") == true,
                "\(String(describing: plan.appConfiguration.credentialsProblem))")
        #expect(plan.appConfiguration.targetLabel == "https://atlas.example.com")
        #expect(plan.appConfiguration.profile == "work")
    }

    @Test(arguments: [("1", true), ("", false)])
    func noColorAsksForMonochrome(value: String, monochrome: Bool) async throws {
        let home = try TemporaryDirectory()
        let plan = try await Self.plan(["HOME": home.path, "NO_COLOR": value])
        #expect(plan.appConfiguration.monochrome == monochrome)
    }

    /// A write an earlier session left unanswered is on the first screen;
    /// the journal is the one in `$XDG_STATE_HOME`.
    @Test func anEarlierSessionsUnfinishedWriteIsShownAtStart() async throws {
        let home = try TemporaryDirectory()
        let state = home.url.appendingPathComponent("xdg-state")
        let journal = WriteJournal(directory: state.appendingPathComponent("atlas-integrations"))
        _ = try journal.record(InFlightWrite(
            type: .datadog, projectID: Self.project, projectName: "payments", method: .put,
            target: URL(string: "https://cloud.mongodb.com")!, processID: 999_999))
        let plan = try await Self.plan(["HOME": home.path, "XDG_STATE_HOME": state.path])
        #expect(plan.journal?.directory.standardizedFileURL.path == journal.directory.path)
        #expect(plan.appConfiguration.unfinishedWrites.map(\.summary) == ["Datadog save on “payments”"])
        #expect(plan.leftovers.files.count == 1)
    }

    /// `--demo` signs into its own sandbox with the published demo key and
    /// keeps no journal: an earlier real session's record waits for the
    /// next real start rather than being shown against demo data.
    @Test func theDemoRunsItsOwnSandboxAndKeepsNoJournal() async throws {
        let home = try TemporaryDirectory()
        let state = home.url.appendingPathComponent(".local/state/atlas-integrations")
        _ = try WriteJournal(directory: state).record(InFlightWrite(
            type: .slack, projectID: Self.project, projectName: nil, method: .delete,
            target: URL(string: "https://cloud.mongodb.com")!, processID: 999_999))
        let plan = try await Self.plan(["HOME": home.path], demo: true, project: DemoSeed.paymentsProjectID)
        let sandbox = try #require(plan.demo)
        let client = try #require(plan.client)
        #expect(client.configuration.baseURL == sandbox.baseURL)
        #expect(sandbox.baseURL.host == "127.0.0.1")
        #expect(plan.appConfiguration.isDemo)
        #expect(plan.appConfiguration.authKind == "API key (Digest)")
        #expect(plan.appConfiguration.startProjectID == DemoSeed.paymentsProjectID)
        #expect(plan.journal == nil)
        #expect(plan.appConfiguration.unfinishedWrites.isEmpty)
        #expect(try await client.listOrganizations().count == 3)
        await client.close()
        await sandbox.stop()
        #expect(home.fileNames(in: state).count == 1, "the earlier record is left alone")
    }

    @Test func theLogNamesTheStartAndNoSecret() async throws {
        let home = try TemporaryDirectory()
        let path = home.url.appendingPathComponent("session.log").path
        let log = try OperationLog(path: path)
        _ = try await Self.plan(
            ["HOME": home.path, "MONGODB_ATLAS_CLIENT_ID": Self.clientID, "MONGODB_ATLAS_CLIENT_SECRET": Self.clientSecret],
            log: log)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("start target=https://cloud.mongodb.com auth=service account"), "\(text)")
        #expect(!text.contains(Self.clientSecret))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }
}
