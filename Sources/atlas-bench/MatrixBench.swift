import AtlasAdmin
import AtlasSandbox
import Foundation
import IntegrationsUI

/// Reading a fleet's integrations for the matrix against an in-process
/// sandbox of `count` generated projects, a third of them with PagerDuty:
/// wall time, requests and 429s with the product's loader (the TUI's and
/// the `matrix` command's), optionally through a token bucket of
/// `rateLimit` a minute, or with every integrations read held
/// `latencyMilliseconds` (a round trip that is waiting, as to Atlas, not
/// CPU work shared with the sandbox on the same cores).
///
/// Beside the wall time: one read's round trip, alone (the median of
/// sequential reads on the warm client), and the loader's wall time one
/// read at a time, so the expectation "requests ÷ concurrency × round
/// trip" can be computed from this run's own figures.
struct MatrixBench {
    let count: Int
    let runs: Int
    /// The sandbox's `--rate-limit`, or nil for none.
    let rateLimit: Int?
    /// A `latency` fault on every integrations read, or nil for none.
    var latencyMilliseconds: Int? = nil
    static let concurrency = 6

    func run() async throws -> [String: [Double]] {
        let sandbox = try AtlasSandboxServer(configuration: SandboxConfiguration(seed: .large(count)))
        let baseURL = try await sandbox.start()
        defer { Task { await sandbox.stop() } }
        let credentials = AtlasCredentials.apiKey(
            publicKey: SandboxAPIKey.demo.publicKey, privateKey: SecretValue(SandboxAPIKey.demo.privateKey))
        let setup = AtlasClient(configuration: AtlasClientConfiguration(baseURL: baseURL, credentials: credentials))
        let projects = try await setup.listProjects().map(\.id)
        let pagerDuty = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(DemoSeed.pagerDutyServiceKey))])
        for (index, project) in projects.enumerated() where index % 3 == 0 {
            _ = try await setup.create(pagerDuty, projectID: project)
        }
        await setup.close()
        if let latencyMilliseconds {
            sandbox.addFault(FaultRule(route: "GET /api/atlas/v2/groups/*/integrations",
                                       kind: .latency(milliseconds: latencyMilliseconds)))
        }
        var samples: [String: [Double]] = ["projects": [Double(projects.count)], "concurrency": [Double(Self.concurrency)]]
        if rateLimit == nil {
            let client = AtlasClient(configuration: AtlasClientConfiguration(baseURL: baseURL, credentials: credentials))
            _ = try await client.listOrganizations() // a warm Digest nonce
            // One read at a time: the round trip the expectation is built on.
            for project in projects.prefix(60) {
                let start = ContinuousClock.now
                _ = try await client.fleetRead(projectID: project)
                samples["round_trip_ms", default: []].append(Samples.milliseconds(ContinuousClock.now - start))
            }
            // The loader with one read at a time, over a sample of the
            // projects (all of them would take minutes with a latency).
            let sample = Array(projects.prefix(latencyMilliseconds == nil ? projects.count : 120))
            let loader = FleetLoader(
                clock: ContinuousClock(), maxConcurrent: 1,
                read: { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) },
                report: { _ in })
            let start = ContinuousClock.now
            await loader.load(sample, tag: 1)
            await loader.idle()
            samples["one_at_a_time_ms_per_request"] = [Samples.milliseconds(ContinuousClock.now - start) / Double(sample.count)]
            await client.close()
        }
        for _ in 0..<runs {
            // A fresh limited sandbox per run, so every run starts with a
            // full bucket (its projects have no integrations: creating them
            // would spend the bucket, and a read costs the same either way).
            let limited = try rateLimit.map { try AtlasSandboxServer(configuration: SandboxConfiguration(
                seed: .large(count), rateLimit: $0)) }
            let target = try await limited?.start() ?? baseURL
            let counter = ExchangeCounter()
            let client = AtlasClient(configuration: AtlasClientConfiguration(
                baseURL: target, credentials: credentials, onExchange: counter.hook))
            _ = try await client.listOrganizations() // a warm Digest nonce
            _ = counter.take()
            let loader = FleetLoader(
                clock: ContinuousClock(), maxConcurrent: Self.concurrency,
                read: { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) },
                report: { _ in })
            let start = ContinuousClock.now
            await loader.load(projects, tag: 1)
            await loader.idle()
            let elapsed = ContinuousClock.now - start
            let records = counter.take()
            let reads = records.filter { $0.target.contains("/integrations") && $0.status != 401 }
            samples["wall_ms", default: []].append(Samples.milliseconds(elapsed))
            samples["requests", default: []].append(Double(reads.count))
            // Digest re-challenges: exchanges beyond one per read.
            samples["challenged", default: []].append(Double(records.filter { $0.status == 401 }.count))
            samples["rate_limited", default: []].append(Double(reads.filter { $0.status == 429 }.count))
            samples["ms_per_request", default: []].append(Samples.milliseconds(elapsed) / Double(max(reads.count, 1)))
            if let rateLimit {
                // Tokens left after the Digest warm-up, then `rateLimit` a minute.
                let beyond = max(projects.count - (rateLimit - 1), 0)
                samples["bucket_bound_ms", default: []].append(Double(beyond) * 60_000 / Double(rateLimit))
                // 429s after the first bucket period (60 s) of the run.
                var late = 0
                if let server = limited {
                    let log = server.requestLog().filter { $0.path.hasSuffix("/integrations") && $0.auth != .none }
                    let origin = log.first?.receivedAtMilliseconds ?? 0
                    late = log.filter { $0.status == 429 && $0.receivedAtMilliseconds - origin > 60_000 }.count
                }
                samples["rate_limited_after_first_period", default: []].append(Double(late))
            }
            await client.close()
            await limited?.stop()
        }
        return samples
    }
}

/// Per-keystroke `update` + `view` in the matrix at `count` rows (moving,
/// changing column, the missing filter, typing a name filter), with every
/// row read.
struct MatrixKeysBench {
    let count: Int
    let runs: Int

    func run() -> [String: [Double]] {
        let names = FilterWorkload.projectNamesForBench(count: count)
        var moveSamples: [Double] = [], filterSamples: [Double] = [], openSamples: [Double] = []
        for _ in 0..<runs {
            var state = FilterBench.loadedPicker(
                AppState(configuration: AppConfiguration(targetLabel: "http://127.0.0.1", authKind: "API key"),
                         width: 100, height: 30),
                names: names)
            var effects: [Effect] = []
            openSamples.append(Samples.time {
                effects = update(&state, .key(.control("t")))
                _ = view(state)
            })
            guard case .loadMatrixRows(let id, let projectIDs)? = effects.first else { continue }
            let key = "****************************0022"
            for (index, projectID) in projectIDs.enumerated() {
                let integrations = index % 3 == 0 ? [Integration(type: .pagerDuty, id: nil, fields: [
                    "serviceKey": .masked(MaskedSecret(masked: index % 30 == 0 ? "****************************beef" : key)),
                    "region": .text("US"),
                ])] : []
                _ = update(&state, .matrixRows(id, .read(projectID: projectID, .success(integrations), at: Date())))
            }
            _ = update(&state, .matrixRows(id, .finished))
            _ = view(state)
            let moves: [Key] = Array(repeating: .down, count: 40) + [.pageDown, .pageDown, .right, .right, .left, .left,
                                                                    .character("m"), .character("m"), .end, .home]
            for key in moves {
                moveSamples.append(Samples.time {
                    _ = update(&state, .key(key))
                    _ = view(state)
                })
            }
            _ = update(&state, .key(.character("/")))
            let query = FilterWorkload.benchQuery
            let typed: [Key] = query.map { .character($0) } + Array(repeating: .backspace, count: query.count)
            for key in typed {
                filterSamples.append(Samples.time {
                    _ = update(&state, .key(key))
                    _ = view(state)
                })
            }
        }
        return ["open_ms": openSamples, "move_key_ms": moveSamples, "filter_key_ms": filterSamples]
    }
}
