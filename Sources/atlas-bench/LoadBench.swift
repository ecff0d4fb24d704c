import AtlasAdmin
import AtlasSandbox
import Foundation

/// Loading every project of a large organization set (the picker's first
/// fill): requests and wall time with one page at a time and with the
/// client's parallel page fetches.
struct LoadBench {
    let count: Int
    let runs: Int

    func run() async throws -> [String: [Double]] {
        let sandbox = try AtlasSandboxServer(configuration: SandboxConfiguration(seed: .large(count)))
        let baseURL = try await sandbox.start()
        defer { Task { await sandbox.stop() } }
        let credentials = AtlasCredentials.apiKey(
            publicKey: SandboxAPIKey.demo.publicKey, privateKey: SecretValue(SandboxAPIKey.demo.privateKey))
        var samples: [String: [Double]] = [:]
        let parallel = AtlasClientConfiguration(baseURL: baseURL, credentials: nil).maxConcurrentPageFetches
        for (label, width) in [("sequential", 1), ("parallel", parallel)] {
            for _ in 0..<runs {
                let counter = ExchangeCounter()
                let client = AtlasClient(configuration: AtlasClientConfiguration(
                    baseURL: baseURL, credentials: credentials, maxConcurrentPageFetches: width,
                    onExchange: counter.hook))
                // Warm the Digest nonce so only paging is measured.
                _ = try await client.listOrganizations()
                _ = counter.take()
                let start = ContinuousClock.now
                let projects = try await client.listProjects()
                samples["\(label)_ms", default: []].append(Samples.milliseconds(ContinuousClock.now - start))
                let records = counter.take()
                samples["\(label)_requests", default: []].append(Double(records.count))
                // Exchanges that were not a page: Digest re-challenges, retries.
                let extra = records.filter { $0.status != 200 }
                samples["\(label)_not_ok", default: []].append(Double(extra.count))
                for record in extra where ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil {
                    FileHandle.standardError.write(Data("\(record.method) \(record.target) \(record.status ?? 0)\n".utf8))
                }
                samples["\(label)_projects", default: []].append(Double(projects.count))
                await client.close()
            }
        }
        samples["parallel_width"] = [Double(parallel)]
        return samples
    }
}
