import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Operators copy what they see: the masked `current:` text of a
    /// configured Webhook's URL and secret, and of a Teams webhook URL,
    /// pasted back into their fields. Each field says why it is refused,
    /// nothing is sent to Atlas, and the pasted input stays.
    @Test func refusesTheMaskedCopyAtlasShowsPastedBackIntoItsField() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal

        // Webhook: the URL is a plain text field, its masked copy visible.
        let webhook = try #require(try await journey.sandbox.integration(.webhook, in: DemoSeed.webhookProjectID))
        let maskedURL = try #require(webhook.masked("url")?.masked)
        let maskedSecret = try #require(webhook.masked("secret")?.masked)
        try await terminal.openProject(filter: "checkout", expecting: "checkout-api")
        try await terminal.openForm("Webhook", mode: "edit")
        try await terminal.waitFor("current: \(maskedURL) (hidden by Atlas)")
        try terminal.paste(maskedURL)
        try terminal.press("Tab")
        try terminal.paste(maskedSecret)
        try await terminal.waitFor("\(maskedSecret.count) chars")
        try terminal.press("C-s")
        let refused = try await terminal.waitFor(all: [
            "This is the masked copy Atlas shows, not the URL",
            "This is the masked copy Atlas shows, not the secret",
        ])
        #expect(refused.components(separatedBy: maskedURL).count >= 3, "the pasted URL is kept beside the current one:\n\(refused)")
        #expect(refused.contains("\(maskedSecret.count) chars"), "the pasted secret is kept")

        let writes = try await journey.sandbox.requestLog().filter { ["POST", "PUT"].contains($0.method) }
        #expect(writes.isEmpty, "sent: \(writes.map { "\($0.method) \($0.path)" })")
        let stored = try #require(try journey.sandbox.stored(.webhook, in: DemoSeed.webhookProjectID))
        #expect(stored["url"] == .string(DemoSeed.webhookURL))
    }

    /// The Teams webhook URL is concealed (`current: ****cd34`) until the
    /// field's reveal key shows it as Atlas returned it; the operator copies
    /// that text off the screen and pastes it back: the guard is the same.
    @Test func refusesTheMaskedTeamsURLPastedBack() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = "619b20149d3c2b1a0f000021"
        let teams = try #require(try await journey.sandbox.integration(.microsoftTeams, in: project))
        let maskedTeamsURL = try #require(teams.masked("microsoftTeamsWebhookUrl")?.masked)
        try await terminal.openProject(filter: "운영", expecting: "대시보드-운영")
        try await terminal.openForm("Microsoft Teams", mode: "edit")
        let concealed = try await terminal.waitFor("current: ****\(maskedTeamsURL.suffix(4))")
        #expect(!concealed.contains(maskedTeamsURL), "concealed until revealed:\n\(concealed)")
        try terminal.press("C-r")
        let revealed = try await terminal.waitFor("current: https://")
        // What the operator copies: the text after `current:` on the screen.
        let line = try #require(revealed.split(separator: "\n").first { $0.contains("current: https://") })
        let copied = try #require(line.components(separatedBy: "current: ").last?.split(separator: " ").first.map(String.init))
        #expect(copied == maskedTeamsURL, "the screen shows what Atlas returned: \(line)")
        try terminal.paste(copied)
        try await terminal.waitFor("\(copied.count) chars (shown)")
        try terminal.press("C-r")
        try await terminal.waitFor("ctrl+r show the URL")
        try terminal.press("C-s")
        let refused = try await terminal.waitFor("This is the masked copy Atlas shows, not the webhook URL")
        #expect(refused.contains("\(maskedTeamsURL.count) chars"), "the pasted URL is kept")
        #expect(refused.contains("ctrl+r show the URL"))
        #expect(!refused.contains("ab12cd34"), "the real URL never reaches the screen")

        let writes = try await journey.sandbox.requestLog().filter { ["POST", "PUT"].contains($0.method) }
        #expect(writes.isEmpty, "sent: \(writes.map { "\($0.method) \($0.path)" })")
        let stored = try #require(try journey.sandbox.stored(.microsoftTeams, in: project))
        #expect(stored["microsoftTeamsWebhookUrl"]?.stringValue?.hasSuffix("ab12cd34") == true)
    }
}
