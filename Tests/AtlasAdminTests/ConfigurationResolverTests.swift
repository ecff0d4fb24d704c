import Foundation
import Testing
@testable import AtlasAdmin
import Localization
import TestSupport

@Suite struct ConfigurationResolverTests {
    static let orgID = "a0123456789abcdef012345a"
    static let projectID = "b0123456789abcdef012345b"

    static let twoProfiles = """
        version = 2
        telemetry_enabled = false

        [default]
          auth_type = "api_keys"
          public_api_key = "abcdefgh"
          private_api_key = "11111111-2222-3333-4444-555555555555"
          org_id = "\(orgID)"
          project_id = "\(projectID)"

        [work]
          auth_type = "service_account"
          client_id = "mdb_sa_id_0123456789abcdef01234567"
          client_secret = "mdb_sa_sk_secret"
          ops_manager_url = "http://127.0.0.1:8080/"

        [gov]
          public_api_key = "govkey01"
          private_api_key = "gov-private"
          service = "cloudgov"
        """

    private func resolve(
        _ home: TemporaryDirectory, env: [String: String] = [:], profile: String? = nil
    ) throws(ConfigurationError) -> ResolvedConfiguration {
        try ConfigurationResolver(environment: env, homeDirectory: home.path, profileName: profile).resolve()
    }

    private func failure(
        _ home: TemporaryDirectory, env: [String: String] = [:], profile: String? = nil
    ) -> ConfigurationError? {
        do {
            _ = try resolve(home, env: env, profile: profile)
            return nil
        } catch {
            return error
        }
    }

    @Test func defaultProfileIsUsedWhenNothingElseIsSet() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig(Self.twoProfiles)
        let resolved = try resolve(home)
        #expect(resolved.credentials == .apiKey(
            publicKey: "abcdefgh", privateKey: SecretValue("11111111-2222-3333-4444-555555555555")))
        #expect(resolved.baseURL.absoluteString == "https://cloud.mongodb.com")
        #expect(resolved.orgID == Self.orgID && resolved.projectID == Self.projectID)
        #expect(resolved.profileName == "default")
        #expect(resolved.sourceDescription == "profile \"default\" in \(file)")
        #expect(resolved.warnings.isEmpty)
    }

    @Test func environmentWinsOverTheDefaultProfile() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig(Self.twoProfiles)
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "envkey01", "MONGODB_ATLAS_PRIVATE_API_KEY": "env-private",
            "MONGODB_ATLAS_BASE_URL": "http://127.0.0.1:9999/", "MONGODB_ATLAS_PROJECT_ID": Self.orgID,
        ])
        #expect(resolved.credentials == .apiKey(publicKey: "envkey01", privateKey: SecretValue("env-private")))
        #expect(resolved.baseURL.absoluteString == "http://127.0.0.1:9999")
        #expect(resolved.projectID == Self.orgID)
        #expect(resolved.orgID == nil)
        #expect(resolved.profileName == nil)
        #expect(resolved.sourceDescription == "the environment")
    }

    @Test func explicitProfileWinsOverTheEnvironment() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig(Self.twoProfiles)
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_env", "MONGODB_ATLAS_CLIENT_SECRET": "env",
            "MONGODB_ATLAS_OPS_MANAGER_URL": "https://elsewhere.example.com",
            "MONGODB_ATLAS_ORG_ID": Self.orgID,
        ], profile: "work")
        #expect(resolved.credentials == .serviceAccount(
            clientID: "mdb_sa_id_0123456789abcdef01234567", clientSecret: SecretValue("mdb_sa_sk_secret")))
        #expect(resolved.baseURL.absoluteString == "http://127.0.0.1:8080")
        #expect(resolved.profileName == "work")
        #expect(resolved.orgID == Self.orgID)  // the profile has none; the environment fills the gap
        #expect(resolved.warnings.contains { $0.contains("MONGODB_ATLAS_OPS_MANAGER_URL is ignored") })
    }

    @Test func environmentOverridesTheDefaultProfilesURLAndIDs() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig(Self.twoProfiles)
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_OPS_MANAGER_URL": "http://localhost:8080", "MONGODB_ATLAS_ORG_ID": "c0123456789abcdef012345c",
        ])
        #expect(resolved.profileName == "default")
        #expect(resolved.baseURL.absoluteString == "http://localhost:8080")
        #expect(resolved.orgID == "c0123456789abcdef012345c")
        #expect(resolved.projectID == Self.projectID)
    }

    @Test func cloudgovServiceSelectsTheGovernmentHost() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig(Self.twoProfiles)
        #expect(try resolve(home, profile: "gov").baseURL.absoluteString == "https://cloud.mongodbgov.com")
        let fromEnvironment = try resolve(home, env: [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "a", "MONGODB_ATLAS_PRIVATE_API_KEY": "b", "MONGODB_ATLAS_SERVICE": "cloudgov",
        ])
        #expect(fromEnvironment.baseURL == ResolvedConfiguration.governmentBaseURL)
    }

    @Test func xdgConfigHomeIsPreferred() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig("[default]\npublic_api_key = \"homekey1\"\nprivate_api_key = \"p\"\n")
        let xdg = home.path + "/xdg"
        let file = try home.writeConfig("[default]\npublic_api_key = \"xdgkey01\"\nprivate_api_key = \"p\"\n", under: xdg)
        let resolver = ConfigurationResolver(environment: ["XDG_CONFIG_HOME": xdg], homeDirectory: home.path)
        #expect(resolver.configFilePath == file)
        #expect(try resolver.resolve().credentials == .apiKey(publicKey: "xdgkey01", privateKey: SecretValue("p")))
    }

    /// The Atlas CLI looks under `$HOME` (Go's os.UserConfigDir), not the
    /// account's passwd home: with no home given, HOME from the environment wins.
    @Test func theConfigFileIsFoundUnderHOMEFromTheEnvironment() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig("[default]\npublic_api_key = \"homekey1\"\nprivate_api_key = \"p\"\n")
        #expect(home.path != NSHomeDirectory())
        let resolver = ConfigurationResolver(environment: ["HOME": home.path])
        #expect(resolver.homeDirectory == home.path)
        #expect(resolver.configFilePath == file)
        #expect(try resolver.resolve().credentials == .apiKey(publicKey: "homekey1", privateKey: SecretValue("p")))
        // An empty or relative HOME is no home; the passwd one is the fallback.
        #expect(ConfigurationResolver(environment: ["HOME": ""]).homeDirectory == NSHomeDirectory())
        #expect(ConfigurationResolver(environment: ["HOME": "relative"]).homeDirectory == NSHomeDirectory())
    }

    @Test func userDirectoriesFollowXDGThenHOME() {
        let plain = UserDirectories(environment: ["HOME": "/home/op/"], passwdHome: "/root")
        #expect(plain.home == "/home/op")
        #expect(plain.configHome == "/home/op/.config")
        #expect(plain.stateHome == "/home/op/.local/state")
        let xdg = UserDirectories(
            environment: ["HOME": "/home/op", "XDG_CONFIG_HOME": "/etc/op", "XDG_STATE_HOME": "/var/op"], passwdHome: "/root")
        #expect(xdg.configHome == "/etc/op" && xdg.stateHome == "/var/op")
        let relative = UserDirectories(environment: ["XDG_CONFIG_HOME": "cfg", "XDG_STATE_HOME": ""], passwdHome: "/root")
        #expect(relative.home == "/root")
        #expect(relative.configHome == "/root/.config" && relative.stateHome == "/root/.local/state")
        #expect(WriteJournal.standard(environment: ["HOME": "/home/op"]).directory.path
            == "/home/op/.local/state/atlas-integrations")
    }

    static let flagProject = "c0123456789abcdef012345c"
    static let environmentProject = "d0123456789abcdef012345d"

    /// Flags, environment and profiles together. The documented order:
    /// `--project` and `--base-url` over everything; with `--profile`, the
    /// profile's ids over the environment's; without it, environment
    /// credentials with environment ids, or the default profile with the
    /// environment's ids and base URL over the file's.
    @Test func theOrderOfFlagsEnvironmentAndProfiles() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig(Self.twoProfiles + "\n  project_id = \"\(Self.projectID)\"\n")
        let environmentKey = [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "envkey01", "MONGODB_ATLAS_PRIVATE_API_KEY": "env-private",
        ]
        let environmentIDs = [
            "MONGODB_ATLAS_PROJECT_ID": Self.environmentProject, "MONGODB_ATLAS_BASE_URL": "https://env.example.com/",
        ]
        func resolve(env: [String: String], profile: String? = nil, baseURL: String? = nil, project: String? = nil) throws -> ResolvedConfiguration {
            try ConfigurationResolver(
                environment: env, homeDirectory: home.path, profileName: profile, baseURLOption: baseURL,
                projectOption: project).resolve()
        }

        // --profile: the profile's project and base URL beat the environment's.
        let profiled = try resolve(env: environmentKey.merging(environmentIDs) { $1 }, profile: "gov")
        #expect(profiled.projectID == Self.projectID, "project_id in [gov] over MONGODB_ATLAS_PROJECT_ID")
        #expect(profiled.baseURL == ResolvedConfiguration.governmentBaseURL)
        #expect(profiled.credentials == .apiKey(publicKey: "govkey01", privateKey: SecretValue("gov-private")))
        // … and the flags beat the profile.
        let flagged = try resolve(
            env: environmentKey.merging(environmentIDs) { $1 }, profile: "gov",
            baseURL: "https://flag.example.com//", project: Self.flagProject)
        #expect(flagged.projectID == Self.flagProject)
        #expect(flagged.baseURL.absoluteString == "https://flag.example.com", "normalised: no trailing /")
        #expect(flagged.credentials == profiled.credentials, "flags change no credentials")

        // Environment credentials: environment ids; flags over them.
        let fromEnvironment = try resolve(env: environmentKey.merging(environmentIDs) { $1 })
        #expect(fromEnvironment.projectID == Self.environmentProject)
        #expect(fromEnvironment.baseURL.absoluteString == "https://env.example.com")
        let overEnvironment = try resolve(
            env: environmentKey.merging(environmentIDs) { $1 }, baseURL: "https://flag.example.com", project: Self.flagProject)
        #expect(overEnvironment.projectID == Self.flagProject)
        #expect(overEnvironment.baseURL.absoluteString == "https://flag.example.com")

        // The default profile: the environment's ids over the file's; flags over both.
        let fromDefault = try resolve(env: environmentIDs)
        #expect(fromDefault.profileName == "default")
        #expect(fromDefault.projectID == Self.environmentProject)
        let overDefault = try resolve(env: environmentIDs, project: Self.flagProject)
        #expect(overDefault.projectID == Self.flagProject)
    }

    /// The flags get the checks every other source gets.
    @Test func flagsAreCheckedLikeEveryOtherSource() throws {
        let home = try TemporaryDirectory()
        let env = ["MONGODB_ATLAS_PUBLIC_API_KEY": "envkey01", "MONGODB_ATLAS_PRIVATE_API_KEY": "env-private"]
        func resolver(baseURL: String? = nil, project: String? = nil, extra: [String: String] = [:]) -> ConfigurationResolver {
            ConfigurationResolver(environment: env.merging(extra) { $1 }, homeDirectory: home.path,
                                  baseURLOption: baseURL, projectOption: project)
        }
        let plainHTTP = try resolver(baseURL: "http://atlas.example.com").resolve()
        #expect(plainHTTP.warnings.contains { $0.contains("plain http") }, "\(plainHTTP.warnings)")
        #expect(throws: ConfigurationError.invalidBaseURL(value: "ftp://x", source: "--base-url")) {
            try resolver(baseURL: "ftp://x").resolve()
        }
        let badProject = try resolver(project: "not-an-id").resolve()
        #expect(badProject.projectID == nil)
        #expect(badProject.warnings == ["--project is not a 24-hex-digit id and is ignored."])
        // A broken base URL elsewhere does not matter when --base-url replaces it.
        let replaced = try resolver(baseURL: "https://flag.example.com", extra: ["MONGODB_ATLAS_BASE_URL": "nonsense"]).resolve()
        #expect(replaced.baseURL.absoluteString == "https://flag.example.com")
        // The environment's project id is checked too.
        let badEnvironmentProject = try resolver(extra: ["MONGODB_ATLAS_PROJECT_ID": "zz"]).resolve()
        #expect(badEnvironmentProject.projectID == nil)
    }

    @Test func unknownProfileNamesTheFileAndTheProfilesItHas() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig(Self.twoProfiles)
        let error = try #require(failure(home, profile: "staging"))
        #expect(error == .unknownProfile(name: "staging", file: file, available: ["default", "gov", "work"]))
        #expect(error.message == "No profile \"staging\" in \(file) (it has: default, gov, work).")
    }

    @Test func explicitProfileWithoutAFileIsAnError() throws {
        let home = try TemporaryDirectory()
        #expect(failure(home, profile: "work") == .missingConfigFile(
            profile: "work", file: home.path + "/.config/atlascli/config.toml"))
    }

    @Test func brokenTOMLIsReportedWithFileAndLine() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig("[default]\npublic_api_key = \"abc\"\nprivate_api_key = = 3\n")
        let error = try #require(failure(home))
        guard case .malformedFile(let reported, let line, _, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(reported == file)
        #expect(line == 3)
        #expect(error.message.hasPrefix("\(file) line 3"))
        #expect(!error.message.contains("\n"))
    }

    @Test func aBrokenFileDoesNotMatterWhenTheEnvironmentHasCredentials() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig("[default\n")
        let resolved = try resolve(home, env: ["MONGODB_ATLAS_CLIENT_ID": "id", "MONGODB_ATLAS_CLIENT_SECRET": "s"])
        #expect(resolved.credentials == .serviceAccount(clientID: "id", clientSecret: SecretValue("s")))
    }

    @Test func unreadableFilesAreReported() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig(Data([0x5B, 0x64, 0xFF, 0xFE, 0x5D]))
        #expect(failure(home) == .malformedFile(file: file, line: nil, column: nil, reason: "the file is not UTF-8 text"))

        let other = try TemporaryDirectory()
        let directory = other.path + "/.config/atlascli/config.toml"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(failure(other) == .unreadableFile(file: directory, reason: "it is a directory"))
    }

    @Test func aFileOthersCanReadGetsAWarning() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig(Self.twoProfiles, mode: 0o644)
        let warnings = try resolve(home).warnings
        #expect(warnings == ["\(file) can be read by other users (mode 644); run: chmod 600 \(file)"])
    }

    @Test func halfACredentialPairIsAnError() throws {
        let home = try TemporaryDirectory()
        let onlyPublic = failure(home, env: ["MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh"])
        #expect(onlyPublic == .incompleteCredentials(
            source: "the environment", present: "MONGODB_ATLAS_PUBLIC_API_KEY", missing: "MONGODB_ATLAS_PRIVATE_API_KEY"))
        #expect(onlyPublic?.message
            == "MONGODB_ATLAS_PUBLIC_API_KEY is set in the environment but MONGODB_ATLAS_PRIVATE_API_KEY is not; set both or neither.")
        #expect(failure(home, env: ["MONGODB_ATLAS_CLIENT_SECRET": "s"]) == .incompleteCredentials(
            source: "the environment", present: "MONGODB_ATLAS_CLIENT_SECRET", missing: "MONGODB_ATLAS_CLIENT_ID"))
        try home.writeConfig("[default]\nclient_id = \"mdb_sa_id_x\"\n")
        #expect(failure(home) == .incompleteCredentials(
            source: "profile \"default\"", present: "client_id", missing: "client_secret"))
    }

    @Test func bothPairsPreferTheServiceAccountWithAWarning() throws {
        let home = try TemporaryDirectory()
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh", "MONGODB_ATLAS_PRIVATE_API_KEY": "p",
            "MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_x", "MONGODB_ATLAS_CLIENT_SECRET": "s",
        ])
        #expect(resolved.credentials == .serviceAccount(clientID: "mdb_sa_id_x", clientSecret: SecretValue("s")))
        #expect(resolved.warnings.count == 1)
        #expect(resolved.warnings.first?.contains("using the service account") == true)
    }

    /// The warnings said at start are in the operator's language; the log's
    /// account of where the credentials came from stays English.
    @Test func warningsAreInJapaneseAndTheLoggedSourceStaysEnglish() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig(Self.twoProfiles, mode: 0o644)
        let resolved = try Wording.inLanguage(.japanese) {
            try resolve(home, env: ["MONGODB_ATLAS_PROJECT_ID": "not-an-id"])
        }
        #expect(resolved.warnings == [
            "\(file) は他のユーザーから読めます (モード 644)。chmod 600 \(file) を実行してください",
            "MONGODB_ATLAS_PROJECT_ID は 24 桁の 16 進 ID ではないため、無視します。",
        ])
        #expect(resolved.sourceDescription == "profile \"default\" in \(file)")
        let both = try Wording.inLanguage(.japanese) {
            try resolve(home, env: [
                "MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh", "MONGODB_ATLAS_PRIVATE_API_KEY": "p",
                "MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_x", "MONGODB_ATLAS_CLIENT_SECRET": "s",
            ])
        }
        #expect(both.warnings == [
            "環境変数: サービス アカウント (MONGODB_ATLAS_CLIENT_ID) と API キー (MONGODB_ATLAS_PUBLIC_API_KEY) の両方が設定されています。サービス アカウントを使います。",
        ])
        #expect(both.sourceDescription == "the environment")
    }

    @Test func badBaseURLsAreRefused() throws {
        let home = try TemporaryDirectory()
        for value in ["cloud.mongodb.com", "ftp://cloud.mongodb.com", "https://", "http:///path", "https://h/?q=1"] {
            let error = failure(home, env: [
                "MONGODB_ATLAS_PUBLIC_API_KEY": "a", "MONGODB_ATLAS_PRIVATE_API_KEY": "b", "MONGODB_ATLAS_BASE_URL": value,
            ])
            #expect(error == .invalidBaseURL(value: value, source: "MONGODB_ATLAS_BASE_URL"), "accepted \(value)")
        }
        try home.writeConfig("[default]\npublic_api_key = \"a\"\nprivate_api_key = \"b\"\nops_manager_url = \"nope\"\n")
        guard case .invalidBaseURL(_, let source)? = failure(home) else {
            Issue.record("accepted ops_manager_url = nope")
            return
        }
        #expect(source.hasPrefix("ops_manager_url in profile \"default\""))
    }

    @Test func plainHTTPToARemoteHostIsWarnedAbout() throws {
        let home = try TemporaryDirectory()
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_CLIENT_ID": "i", "MONGODB_ATLAS_CLIENT_SECRET": "s",
            "MONGODB_ATLAS_BASE_URL": "http://atlas.internal.example.com",
        ])
        #expect(resolved.warnings.contains { $0.contains("plain http") })
    }

    @Test func authTypesTheToolCannotUseAreExplained() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig("[default]\nauth_type = \"user_account\"\naccess_token = \"t\"\n[keys]\nauth_type = \"api_keys\"\norg_id = \"\(Self.orgID)\"\n[none]\nauth_type = \"no_auth\"\n")
        #expect(failure(home) == .unsupportedAuthType(authType: "user_account", profile: "default"))
        let keyring = try #require(failure(home, profile: "keys"))
        #expect(keyring.message.contains("keyring"))
        #expect(keyring.message.contains("MONGODB_ATLAS_PUBLIC_API_KEY"))
        #expect(try resolve(home, profile: "none").credentials == nil)
    }

    @Test func malformedIDsAreDroppedWithAWarning() throws {
        let home = try TemporaryDirectory()
        let resolved = try resolve(home, env: ["MONGODB_ATLAS_PROJECT_ID": "my-project"])
        #expect(resolved.projectID == nil)
        #expect(resolved.warnings == ["MONGODB_ATLAS_PROJECT_ID is not a 24-hex-digit id and is ignored."])
    }

    @Test func nothingConfiguredMeansNoCredentials() throws {
        let home = try TemporaryDirectory()
        let resolved = try resolve(home)
        #expect(resolved.credentials == nil)
        #expect(resolved.baseURL == ResolvedConfiguration.defaultBaseURL)
        #expect(resolved.sourceDescription == "no credentials found")
    }

    @Test func errorMessagesNeverHoldSecrets() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig("[default]\nprivate_api_key = \"super-secret-private\"\nops_manager_url = \"x\"\n")
        let message = try #require(failure(home)).message
        #expect(!message.contains("super-secret-private"))
    }
}
