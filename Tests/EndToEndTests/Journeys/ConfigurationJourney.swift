import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// The Atlas CLI's config file is found under `$HOME` (no
    /// `XDG_CONFIG_HOME`), not under the account's passwd home; and
    /// `--base-url` goes through the resolver: normalised, and replacing a
    /// profile's stale base URL instead of failing on it.
    @Test func theConfigFileUnderHOMEIsUsedAndBaseURLFlagIsNormalised() async throws {
        let directory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: directory, seed: "demo")
        defer { sandbox.stop() }
        #expect(try directory.directory("home") != NSHomeDirectory())
        let config = try directory.directory("home/.config/atlascli") + "/config.toml"
        func writeConfig(baseURL: String) throws {
            try """
                [default]
                public_api_key = "\(SandboxProcess.apiKey.publicKey)"
                private_api_key = "\(SandboxProcess.apiKey.privateKey)"
                ops_manager_url = "\(baseURL)"
                project_id = "\(DemoSeed.emptyProjectID)"
                """.write(toFile: config, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config)
        }

        try writeConfig(baseURL: sandbox.baseURL.absoluteString)
        let fromHome = try AppLaunch(home: directory, environment: ["XDG_CONFIG_HOME": ""]).start()
        defer { fromHome.kill() }
        // The profile's project opens directly: its keys, its URL, its ids.
        try await fromHome.waitForMenu(of: "storefront-staging")
        fromHome.kill()

        // A stale base URL in the file; --base-url (with a trailing slash) replaces it.
        try writeConfig(baseURL: "not a url")
        let flagged = try AppLaunch(
            home: directory, arguments: ["--base-url", sandbox.baseURL.absoluteString + "/"],
            environment: ["XDG_CONFIG_HOME": ""]
        ).start()
        defer { flagged.kill() }
        let menu = try await flagged.waitForMenu(of: "storefront-staging")
        #expect(menu.contains(sandbox.baseURL.absoluteString + " "), "the target shown without the trailing slash")
        #expect(!menu.contains(sandbox.baseURL.absoluteString + "/"))
    }
}
