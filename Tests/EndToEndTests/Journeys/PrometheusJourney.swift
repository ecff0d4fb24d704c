import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Prometheus with file-based service discovery and a password: Atlas
    /// keeps the password but never returns it, so only the sandbox's own
    /// store can show it arrived intact.
    @Test func createsPrometheusWithServiceDiscoveryAndPassword() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let username = "prom_scraper"
        let password = "pr0m-S3cret-pass"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Prometheus", mode: "new")
        try terminal.type(username)
        try terminal.press("Tab")
        try terminal.type(password)
        try await terminal.waitFor("\(password.count) chars")
        try terminal.press("Tab", "Right")
        try await terminal.waitFor("◉ file")
        let form = try terminal.screen()
        #expect(form.contains("Enabled") && form.contains("[✔] on"), "enabled by default")
        #expect(!form.contains(password))

        // Saved: the scrape configuration shows at once, the password hidden.
        let scrape = try await terminal.save(expecting: "Created Prometheus on “storefront-staging”. Its scrape configuration:")
        #expect(scrape.contains("/prometheus/v1.0/groups/\(project)/discovery"))
        #expect(scrape.contains("file_sd_configs:"))
        #expect(!scrape.contains(password))
        try terminal.press("w")
        let menu = try await terminal.waitFor("Wrote the Prometheus scrape configuration to")
        let file = journey.directory.file("atlas-integrations-storefront-staging-prometheus/prometheus-storefront-staging.yml")
        #expect(EndToEnd.mode(file) == 0o600)
        let yaml = try String(contentsOfFile: file, encoding: .utf8)
        #expect(yaml.contains("password: \"\(password)\""), "the password typed in this session")
        #expect(yaml.contains("username: \"\(username)\""))

        #expect(menu.menuRow("Prometheus").contains("✔ configured"))
        #expect(menu.contains(username))
        #expect(!menu.contains(password))

        let stored = try #require(try journey.sandbox.stored(.prometheus, in: project))
        #expect(stored["username"] == .string(username))
        #expect(stored["password"] == .string(password))
        #expect(stored["serviceDiscovery"] == .string("file"))
        #expect(stored["enabled"] == .bool(true))
        let read = try #require(try await journey.sandbox.integration(.prometheus, in: project))
        #expect(read.fields["password"] == nil, "the password is write-only")
        #expect(read.text("serviceDiscovery") == "file")
    }
}
