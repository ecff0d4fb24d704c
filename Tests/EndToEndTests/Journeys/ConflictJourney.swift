import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Someone creates Datadog on the project while the operator's create
    /// form is open: saving gets Atlas's 409, the form offers to edit the
    /// existing one instead, and that saves the operator's input with a PUT.
    @Test func aConflictOnCreateOffersToEditTheExistingOne() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let theirKey = "ffffffffffffffffffffffffffff1111"
        let ourKey = "0123456789abcdef0123456789abcdef"

        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Datadog", mode: "new")
        try terminal.type(ourKey)
        try terminal.press("Tab", "Right", "Right")
        try await terminal.waitFor("◉ US3")

        // Behind the form's back, through the API.
        let other = journey.sandbox.client()
        _ = try await other.create(
            IntegrationSettings(type: .datadog, fields: [("apiKey", .secret(SecretValue(theirKey))), ("region", .text("US"))]),
            projectID: project)

        try terminal.press("C-s")
        let conflict = try await terminal.waitFor("409 INTEGRATION_ALREADY_CONFIGURED")
        #expect(conflict.contains("Press e to edit the existing one instead"))
        #expect(conflict.contains("e edit existing instead"))
        #expect(try journey.sandbox.stored(.datadog, in: project)?["apiKey"] == .string(theirKey))

        try terminal.press("e")
        // The existing integration is read again to show what it holds.
        let editing = try await terminal.waitFor("current: ****1111")
        #expect(editing.contains("Datadog (edit)"))
        #expect(editing.contains("32 chars"), "the typed key is kept")
        #expect(editing.contains("◉ US3"), "the chosen region is kept")

        let menu = try await terminal.save(expecting: "Updated Datadog on “storefront-staging”")
        #expect(menu.menuRow("Datadog").containsAll(["✔ configured", "****cdef", "US3"]))
        let stored = try #require(try journey.sandbox.stored(.datadog, in: project))
        #expect(stored["apiKey"] == .string(ourKey))
        #expect(stored["region"] == .string("US3"))
        let writes = try await journey.sandbox.requestLog()
            .filter { $0.method != "GET" && $0.auth != .none && $0.path.hasSuffix("/DATADOG") }
        #expect(writes.map { "\($0.method) \($0.status)" } == ["POST 200", "POST 409", "PUT 200"])
    }
}
