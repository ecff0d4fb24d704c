import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// A Webhook with a signing secret, a body template typed over several
    /// lines and a headers template pasted in one go: Atlas holds both
    /// templates byte for byte, and shows the URL only masked.
    @Test func createsAWebhookWithAMultiLineBodyTemplate() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let url = "https://hooks.example.com/atlas/alerts"
        let secret = "whsec-9f8e7d6c5b4a"
        let bodyLines = ["{", "  \"text\": \"${humanReadable}\",", "  \"id\": \"${id}\"", "}"]
        let headers = "{\n  \"X-Team\": \"payments\"\n}"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Webhook", mode: "new")
        try terminal.type(url)
        try terminal.press("Tab")
        try terminal.type(secret)
        try await terminal.waitFor("\(secret.count) chars")
        try terminal.press("Tab")
        for (index, line) in bodyLines.enumerated() {
            if index > 0 { try terminal.press("Enter") }
            try terminal.type(line)
        }
        let body = bodyLines.joined(separator: "\n")
        let typed = try await terminal.waitFor("line 4/4 · \(body.utf8.count) bytes")
        #expect(typed.contains("2   \"text\": \"${humanReadable}\","))
        #expect(!typed.contains(secret))
        try terminal.press("Tab")
        try terminal.paste(headers)
        try await terminal.waitFor("line 3/3 · \(headers.utf8.count) bytes")

        let menu = try await terminal.save(expecting: "Created Webhook on “storefront-staging”")
        #expect(menu.menuRow("Webhook").containsAll(["✔ configured", "https://hooks.example.com/****"]))
        #expect(!menu.contains(secret))

        let stored = try #require(try journey.sandbox.stored(.webhook, in: project))
        #expect(stored["url"] == .string(url))
        #expect(stored["secret"] == .string(secret))
        #expect(stored["bodyTemplate"] == .string(body))
        #expect(stored["headersTemplate"] == .string(headers))
        let read = try #require(try await journey.sandbox.integration(.webhook, in: project))
        #expect(read.masked("url")?.masked.hasPrefix("https://hooks.example.com/") == true)
        #expect(read.masked("secret")?.visibleTail == String(secret.suffix(4)))
    }
}
