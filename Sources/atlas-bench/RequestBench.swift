import AtlasAdmin
import AtlasSandbox
import Foundation

/// HTTP exchanges per call for list, create, update and delete against an
/// in-process sandbox, with a warm Digest client and a warm service-account
/// client. Each call is sequential, so its exchanges are its round trips.
struct RequestBench {
    let runs: Int

    func run() async throws -> [String: [Double]] {
        let sandbox = try AtlasSandboxServer(configuration: SandboxConfiguration(seed: .demo))
        let baseURL = try await sandbox.start()
        defer { Task { await sandbox.stop() } }
        var samples: [String: [Double]] = [:]
        let digest = AtlasCredentials.apiKey(
            publicKey: SandboxAPIKey.demo.publicKey, privateKey: SecretValue(SandboxAPIKey.demo.privateKey))
        let account = AtlasCredentials.serviceAccount(
            clientID: SandboxServiceAccount.demo.clientID,
            clientSecret: SecretValue(SandboxServiceAccount.demo.clientSecret))
        for (label, credentials) in [("digest", digest), ("sa", account)] {
            let counter = ExchangeCounter()
            let client = AtlasClient(configuration: AtlasClientConfiguration(
                baseURL: baseURL, credentials: credentials, onExchange: counter.hook))
            let projectID = DemoSeed.emptyProjectID
            // Cold call: the Digest challenge or the token request.
            _ = try await client.listIntegrations(projectID: projectID)
            samples["\(label)_cold_list_requests"] = [Double(counter.take().count)]
            sandbox.resetRequestLog()
            var served = 0
            let created = try IntegrationSettings(.webhook, ["url": .text("https://example.com/hook")])
            let updated = try IntegrationSettings(.webhook, ["url": .text("https://example.com/hook2")])
            for _ in 0..<runs {
                try await measure("\(label)_list", counter, &samples) {
                    _ = try await client.listIntegrations(projectID: projectID)
                }
                try await measure("\(label)_create", counter, &samples) {
                    _ = try await client.create(created, projectID: projectID)
                }
                try await measure("\(label)_update", counter, &samples) {
                    _ = try await client.update(updated, projectID: projectID)
                }
                try await measure("\(label)_delete", counter, &samples) {
                    try await client.delete(.webhook, projectID: projectID)
                }
                served += 4
            }
            // The sandbox's own count of what it answered, as a cross-check.
            samples["\(label)_served_per_call"] = [Double(sandbox.requestLog().count) / Double(served)]
            await client.close()
        }
        return samples
    }

    private func measure(
        _ name: String, _ counter: ExchangeCounter, _ samples: inout [String: [Double]],
        _ body: () async throws -> Void
    ) async throws {
        _ = counter.take()
        let start = ContinuousClock.now
        try await body()
        let elapsed = Samples.milliseconds(ContinuousClock.now - start)
        samples[name + "_requests", default: []].append(Double(counter.take().count))
        samples[name + "_ms", default: []].append(elapsed)
    }
}
