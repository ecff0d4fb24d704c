import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// On a machine with no Atlas credentials at all (empty HOME and
    /// XDG_CONFIG_HOME, no MONGODB_ATLAS_* variables), `--demo` starts on
    /// its embedded sandbox, and a change made there is really stored.
    @Test func demoStartsWithNoCredentialsAtAll() async throws {
        let home = try TemporaryDirectory()
        let terminal = try AppLaunch(home: home, arguments: ["--demo"]).start()
        defer { terminal.kill() }

        let picker = try await terminal.waitFor("40 projects")
        #expect(picker.contains("DEMO"))
        let baseURL = try #require(Self.sandboxURL(on: picker))
        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
        try await terminal.openForm("Datadog", mode: "new")
        try terminal.type("00112233445566778899aabbccddeeff")
        try await terminal.save(expecting: "Created Datadog on “本番-決済サービス”")
        // The embedded sandbox ends with the process, so demo writes keep no journal.
        #expect(!FileManager.default.fileExists(atPath: home.file("home/.local/state/atlas-integrations")))

        // The embedded sandbox is a real Atlas API on loopback.
        let client = AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL,
            credentials: .apiKey(publicKey: SandboxAPIKey.demo.publicKey,
                                 privateKey: SecretValue(SandboxAPIKey.demo.privateKey))))
        let read = try await client.integration(.datadog, projectID: DemoSeed.paymentsProjectID)
        #expect(read?.masked("apiKey")?.visibleTail == "eeff")
    }

    /// Without credentials and without `--demo`, the first screen says how
    /// to provide them and offers the demo, which `d` starts.
    @Test func withoutCredentialsTheFirstScreenOffersTheDemo() async throws {
        let home = try TemporaryDirectory()
        let terminal = try AppLaunch(home: home).start()
        defer { terminal.kill() }

        let start = try await terminal.waitFor("No Atlas credentials")
        #expect(start.contains("export MONGODB_ATLAS_PUBLIC_API_KEY="))
        #expect(start.contains("export MONGODB_ATLAS_CLIENT_ID="))
        #expect(start.contains("to try the demo"))
        try terminal.press("d")
        let picker = try await terminal.waitFor("40 projects")
        #expect(picker.contains("DEMO"))

        // What the picker lists is what the embedded sandbox serves.
        let baseURL = try #require(Self.sandboxURL(on: picker))
        let client = AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL,
            credentials: .apiKey(publicKey: SandboxAPIKey.demo.publicKey,
                                 privateKey: SecretValue(SandboxAPIKey.demo.privateKey))))
        #expect(try await client.listProjects().count == 40)
    }

    /// Ctrl-C ends the demo as fast as a session on real credentials: the
    /// embedded sandbox is stopped without a grace period (it used to wait
    /// a fixed second for the client's idle keep-alive connection).
    @Test func ctrlCEndsTheDemoAtOnce() async throws {
        let home = try TemporaryDirectory()
        let terminal = try AppLaunch(home: home, arguments: ["--demo"]).start()
        defer { terminal.kill() }
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try terminal.press("Escape")
        try await terminal.waitFor("Filter: staging")

        let clock = ContinuousClock()
        let pressed = clock.now
        try terminal.press("C-c")
        // Polled, not slept on: it ends as soon as the pane is dead.
        while try !terminal.paneIsDead(), clock.now - pressed < .seconds(10) {
            try await Task.sleep(for: .milliseconds(10))
        }
        let took = clock.now - pressed
        #expect(try terminal.paneIsDead())
        // About 10 ms when nothing else runs (1,010 ms with the old fixed
        // wait); the bound leaves room for other tests beside it and the polling.
        #expect(took < .milliseconds(600), "Ctrl-C to exit took \(took)")
        print("Demo quit e2e: Ctrl-C to exit in \(took)")
    }

    /// The embedded sandbox's address, from the demo's header line.
    static func sandboxURL(on screen: String) -> URL? {
        guard let start = screen.range(of: "http://127.0.0.1:") else { return nil }
        let address = screen[start.lowerBound...].prefix { !$0.isWhitespace }
        return URL(string: String(address))
    }
}
