import AtlasAdmin
import AtlasSandbox
import Testing
import TestSupport

extension EndToEnd {
    /// With a service account in MONGODB_ATLAS_CLIENT_ID/_CLIENT_SECRET the
    /// app signs in with OAuth, its writes carry the bearer token, and
    /// quitting revokes the token.
    @Test func worksWithAServiceAccount() async throws {
        let journey = try Journey(credentials: .serviceAccount)
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.emptyProjectID
        let apiKey = "6d2f8a1c-3b4e-4f5a-9c7d-0000000a11ce"

        let picker = try await terminal.waitFor("40 projects")
        #expect(picker.contains("service account"))
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("VictorOps (Splunk On-Call)", mode: "new")
        try terminal.type(apiKey)
        try terminal.press("Tab")
        try terminal.type("staging-oncall")
        try await terminal.save(expecting: "Created VictorOps")

        let client = journey.sandbox.serviceAccountClient()
        let read = try #require(try await client.integration(.victorOps, projectID: project))
        #expect(read.text("routingKey") == "staging-oncall")
        #expect(read.masked("apiKey")?.visibleTail == "11ce")
        let post = try await journey.sandbox.requestLog().first { $0.method == "POST" && $0.path.hasSuffix("/VICTOR_OPS") }
        #expect(post?.auth == .bearer)
        #expect(post?.principal == SandboxProcess.serviceAccount.clientID)

        #expect(try await journey.sandbox.requestLog().filter { $0.path == "/api/oauth/revoke" }.isEmpty)

        try terminal.press("q")
        try await terminal.waitForExit()
        _ = try await eventually("the app's token revoked at exit") { () async throws -> Bool? in
            let revokes = try await journey.sandbox.requestLog().filter { $0.path == "/api/oauth/revoke" }
            return revokes.isEmpty ? nil : true
        }
        await client.close()
    }
}
