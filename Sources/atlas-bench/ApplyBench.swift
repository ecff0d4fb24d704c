import AtlasAdmin
import AtlasSandbox
import Foundation

/// Applying PagerDuty (a 32-hex service key, region US) to every project of
/// an in-process sandbox of `count` generated projects, none of which has
/// it yet, the way the product does it: the plan's fresh read of every
/// project (`FleetLoader.readAll`, six at once), then `ApplyRun` with the
/// checkpoint and the audit log written as in a real apply, on the real
/// clock. Optionally through the sandbox's token bucket of `rateLimit` a
/// minute.
///
/// Each run gets a fresh sandbox (after a run every project holds the
/// integration, and a limited one must start with a full bucket). Counts
/// come from the sandbox's own request log: the writes it received and
/// answered, the `429`s, and the tokens spent on the projects' endpoint set
/// (`api/atlas/v2/groups`) before the timed part, for the bucket's bound.
struct ApplyBench {
    let count: Int
    let runs: Int
    /// The sandbox's `--rate-limit`, or nil for none.
    let rateLimit: Int?
    static let concurrency = 6
    /// A PagerDuty service key no seed holds.
    static let serviceKey = "a3f09c1e7b2d4856e0c9b1a2d3e4f5a6"

    func run() async throws -> [String: [Double]] {
        let credentials = AtlasCredentials.apiKey(
            publicKey: SandboxAPIKey.demo.publicKey, privateKey: SecretValue(SandboxAPIKey.demo.privateKey))
        let settings = try IntegrationSettings(
            .pagerDuty, ["serviceKey": .secret(SecretValue(Self.serviceKey)), "region": .text("US")])
        var samples: [String: [Double]] = ["concurrency": [Double(Self.concurrency)]]
        for _ in 0..<runs {
            let sandbox = try AtlasSandboxServer(configuration: SandboxConfiguration(
                seed: .large(count), rateLimit: rateLimit))
            let baseURL = try await sandbox.start()
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("atlas-bench-apply-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let client = AtlasClient(configuration: AtlasClientConfiguration(baseURL: baseURL, credentials: credentials))
            _ = try await client.listOrganizations() // a warm Digest nonce
            let projects = try await client.listProjects().map { ApplyProject(id: $0.id, name: $0.name) }
            let before = sandbox.requestLog()
            let spentBefore = before.filter(Self.chargedToProjects).count

            let start = ContinuousClock.now
            let reads = await FleetLoader.readAll(
                projects.map(\.id), clock: ContinuousClock(), maxConcurrent: Self.concurrency
            ) { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) }
            let plan = ApplyPlan(settings: settings, projects: projects, reads: reads)
            let planned = ContinuousClock.now
            let run = ApplyRun(
                plan: plan, settings: settings, service: .atlas(client), clock: ContinuousClock(),
                maxConcurrent: Self.concurrency,
                recording: ApplyRecording(
                    baseURL: baseURL, who: SandboxAPIKey.demo.publicKey,
                    checkpoints: ApplyCheckpointStore(directory: directory),
                    audit: AuditLog(file: directory.appendingPathComponent("audit.jsonl"))),
                report: { _ in })
            let summary = await run.run()
            let end = ContinuousClock.now

            let log = sandbox.requestLog().dropFirst(before.count)
            let writes = log.filter {
                ($0.method == "POST" || $0.method == "PUT") && $0.path.hasSuffix("/integrations/PAGER_DUTY")
                    && $0.auth != .none
            }
            let posted = writes.filter { $0.method == "POST" && $0.status == 200 }.count
            let writeMilliseconds = Samples.milliseconds(end - planned)
            samples["projects", default: []].append(Double(projects.count))
            samples["planned_creates", default: []].append(Double(plan.counts[.create] ?? 0))
            samples["applied", default: []].append(Double(summary.applied.count))
            samples["not_applied", default: []].append(
                Double(summary.failed.count + summary.unknown.count + summary.pending.count))
            samples["wall_ms", default: []].append(Samples.milliseconds(end - start))
            samples["read_ms", default: []].append(Samples.milliseconds(planned - start))
            samples["write_ms", default: []].append(writeMilliseconds)
            samples["posts", default: []].append(Double(posted))
            samples["writes_sent", default: []].append(Double(writes.count))
            samples["writes_per_second", default: []].append(Double(posted) / (writeMilliseconds / 1000))
            samples["reads", default: []].append(Double(log.filter {
                $0.method == "GET" && $0.path.hasSuffix("/integrations") && $0.auth != .none
            }.count))
            samples["challenged", default: []].append(Double(log.filter { $0.status == 401 && $0.auth == .none }.count))
            samples["rate_limited", default: []].append(Double(log.filter { $0.status == 429 }.count))
            if let rateLimit {
                // The bucket starts full (`rateLimit` tokens), less what
                // listing the projects took; every request of the apply
                // that it did not refuse took a token, and those beyond
                // what was left come at `rateLimit` a minute.
                let charged = log.filter(Self.chargedToProjects).count
                let beyond = max(charged - (rateLimit - spentBefore), 0)
                samples["tokens_spent_before", default: []].append(Double(spentBefore))
                samples["tokens_charged", default: []].append(Double(charged))
                samples["bucket_bound_ms", default: []].append(Double(beyond) * 60_000 / Double(rateLimit))
            }
            await client.close()
            await sandbox.stop()
            try? FileManager.default.removeItem(at: directory)
        }
        return samples
    }

    /// Whether a request took a token of the projects' bucket: authenticated,
    /// under `/api/atlas/v2/groups`, and not refused by the bucket.
    static func chargedToProjects(_ record: SandboxRequestRecord) -> Bool {
        record.path.hasPrefix("/api/atlas/v2/groups") && record.auth != .none && record.status != 429
    }
}
