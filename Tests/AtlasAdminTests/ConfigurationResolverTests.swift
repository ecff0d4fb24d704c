import Foundation
import Testing
@testable import AtlasAdmin

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
        _ home: TemporaryHome, env: [String: String] = [:], profile: String? = nil
    ) throws(ConfigurationError) -> ResolvedConfiguration {
        try ConfigurationResolver(environment: env, homeDirectory: home.path, profileName: profile).resolve()
    }

    private func failure(
        _ home: TemporaryHome, env: [String: String] = [:], profile: String? = nil
    ) -> ConfigurationError? {
        do {
            _ = try resolve(home, env: env, profile: profile)
            return nil
        } catch {
            return error
        }
    }

    @Test func defaultProfileIsUsedWhenNothingElseIsSet() throws {
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
        try home.writeConfig(Self.twoProfiles)
        #expect(try resolve(home, profile: "gov").baseURL.absoluteString == "https://cloud.mongodbgov.com")
        let fromEnvironment = try resolve(home, env: [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "a", "MONGODB_ATLAS_PRIVATE_API_KEY": "b", "MONGODB_ATLAS_SERVICE": "cloudgov",
        ])
        #expect(fromEnvironment.baseURL == ResolvedConfiguration.governmentBaseURL)
    }

    @Test func xdgConfigHomeIsPreferred() throws {
        let home = try TemporaryHome()
        try home.writeConfig("[default]\npublic_api_key = \"homekey1\"\nprivate_api_key = \"p\"\n")
        let xdg = home.path + "/xdg"
        let file = try home.writeConfig("[default]\npublic_api_key = \"xdgkey01\"\nprivate_api_key = \"p\"\n", under: xdg)
        let resolver = ConfigurationResolver(environment: ["XDG_CONFIG_HOME": xdg], homeDirectory: home.path)
        #expect(resolver.configFilePath == file)
        #expect(try resolver.resolve().credentials == .apiKey(publicKey: "xdgkey01", privateKey: SecretValue("p")))
    }

    @Test func unknownProfileNamesTheFileAndTheProfilesItHas() throws {
        let home = try TemporaryHome()
        let file = try home.writeConfig(Self.twoProfiles)
        let error = try #require(failure(home, profile: "staging"))
        #expect(error == .unknownProfile(name: "staging", file: file, available: ["default", "gov", "work"]))
        #expect(error.message == "No profile \"staging\" in \(file) (it has: default, gov, work).")
    }

    @Test func explicitProfileWithoutAFileIsAnError() throws {
        let home = try TemporaryHome()
        #expect(failure(home, profile: "work") == .missingConfigFile(
            profile: "work", file: home.path + "/.config/atlascli/config.toml"))
    }

    @Test func brokenTOMLIsReportedWithFileAndLine() throws {
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
        try home.writeConfig("[default\n")
        let resolved = try resolve(home, env: ["MONGODB_ATLAS_CLIENT_ID": "id", "MONGODB_ATLAS_CLIENT_SECRET": "s"])
        #expect(resolved.credentials == .serviceAccount(clientID: "id", clientSecret: SecretValue("s")))
    }

    @Test func unreadableFilesAreReported() throws {
        let home = try TemporaryHome()
        let file = try home.writeConfig(Data([0x5B, 0x64, 0xFF, 0xFE, 0x5D]))
        #expect(failure(home) == .malformedFile(file: file, line: nil, column: nil, reason: "the file is not UTF-8 text"))

        let other = try TemporaryHome()
        let directory = other.path + "/.config/atlascli/config.toml"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(failure(other) == .unreadableFile(file: directory, reason: "it is a directory"))
    }

    @Test func aFileOthersCanReadGetsAWarning() throws {
        let home = try TemporaryHome()
        let file = try home.writeConfig(Self.twoProfiles, mode: 0o644)
        let warnings = try resolve(home).warnings
        #expect(warnings == ["\(file) can be read by other users (mode 644); run: chmod 600 \(file)"])
    }

    @Test func halfACredentialPairIsAnError() throws {
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh", "MONGODB_ATLAS_PRIVATE_API_KEY": "p",
            "MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_x", "MONGODB_ATLAS_CLIENT_SECRET": "s",
        ])
        #expect(resolved.credentials == .serviceAccount(clientID: "mdb_sa_id_x", clientSecret: SecretValue("s")))
        #expect(resolved.warnings.count == 1)
        #expect(resolved.warnings.first?.contains("using the service account") == true)
    }

    @Test func badBaseURLsAreRefused() throws {
        let home = try TemporaryHome()
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
        let home = try TemporaryHome()
        let resolved = try resolve(home, env: [
            "MONGODB_ATLAS_CLIENT_ID": "i", "MONGODB_ATLAS_CLIENT_SECRET": "s",
            "MONGODB_ATLAS_BASE_URL": "http://atlas.internal.example.com",
        ])
        #expect(resolved.warnings.contains { $0.contains("plain http") })
    }

    @Test func authTypesTheToolCannotUseAreExplained() throws {
        let home = try TemporaryHome()
        try home.writeConfig("[default]\nauth_type = \"user_account\"\naccess_token = \"t\"\n[keys]\nauth_type = \"api_keys\"\norg_id = \"\(Self.orgID)\"\n[none]\nauth_type = \"no_auth\"\n")
        #expect(failure(home) == .unsupportedAuthType(authType: "user_account", profile: "default"))
        let keyring = try #require(failure(home, profile: "keys"))
        #expect(keyring.message.contains("keyring"))
        #expect(keyring.message.contains("MONGODB_ATLAS_PUBLIC_API_KEY"))
        #expect(try resolve(home, profile: "none").credentials == nil)
    }

    @Test func malformedIDsAreDroppedWithAWarning() throws {
        let home = try TemporaryHome()
        let resolved = try resolve(home, env: ["MONGODB_ATLAS_PROJECT_ID": "my-project"])
        #expect(resolved.projectID == nil)
        #expect(resolved.warnings == ["MONGODB_ATLAS_PROJECT_ID is not a 24-hex-digit id and is ignored."])
    }

    @Test func nothingConfiguredMeansNoCredentials() throws {
        let home = try TemporaryHome()
        let resolved = try resolve(home)
        #expect(resolved.credentials == nil)
        #expect(resolved.baseURL == ResolvedConfiguration.defaultBaseURL)
        #expect(resolved.sourceDescription == "no credentials found")
    }

    @Test func errorMessagesNeverHoldSecrets() throws {
        let home = try TemporaryHome()
        try home.writeConfig("[default]\nprivate_api_key = \"super-secret-private\"\nops_manager_url = \"x\"\n")
        let message = try #require(failure(home)).message
        #expect(!message.contains("super-secret-private"))
    }
}
