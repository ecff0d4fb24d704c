import AtlasAdmin
import AtlasSandbox
import Testing

extension EndToEnd {
    /// Another client has used up the key's rate budget: opening a project
    /// gets Atlas's 429, and the app waits the `Retry-After` out and reads
    /// again instead of showing an error.
    @Test func aRateLimitedReadIsWaitedOutAndRetried() async throws {
        // 12 requests a minute per endpoint set: one token back every 5 s.
        let journey = try Journey(rateLimit: 12)
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID

        try await terminal.filterProjects("本番", expecting: "本番-決済サービス")
        // Someone else's script spends the project endpoints' tokens, just
        // before the operator opens the project (a token comes back every
        // 5 s, so on a busy machine spending them earlier could be undone).
        let other = journey.sandbox.client(retryPolicy: .none)
        _ = try await eventually("a 429 for the other client") { () async throws -> Bool? in
            do {
                _ = try await other.listIntegrations(projectID: DemoSeed.storefrontProjectID)
                return nil
            } catch let error as AtlasError {
                guard error.status == 429 else { throw error }
                return true
            }
        }

        try terminal.press("Enter")
        let menu = try await terminal.waitForMenu(of: "本番-決済サービス")
        #expect(menu.menuRow("PagerDuty").containsAll(["✔ configured", "****e8f9", "US"]))
        // Below the status line, whose loopback port may itself hold "429".
        #expect(!menu.split(separator: "\n").dropFirst().joined(separator: "\n").contains("429"))

        let reads = try await journey.sandbox.requestLog()
            .filter { $0.path == "/api/atlas/v2/groups/\(project)/integrations" && $0.auth != .none }
        #expect(reads.map(\.status) == [429, 200])
    }
}
