import AtlasAdmin
import IntegrationsUI
import Synchronization

/// The applies running in this session, by the request that started them,
/// so Esc can stop one and `r` retry it; each reports its projects to the
/// core as `ApplyUpdate`s.
final class ApplyRuns: Sendable {
    private let runs = Mutex<[RequestID: ApplyRun<ContinuousClock>]>([:])

    func start(_ id: RequestID, plan: ApplyPlan, settings: IntegrationSettings, client: AtlasClient,
               recording: ApplyRecording?, inbox: EventInbox, checkpoints: ApplyCheckpointStore? = nil) {
        let planID = plan.id
        let run = ApplyRun(plan: plan, settings: settings, service: .atlas(client), clock: ContinuousClock(),
                           recording: recording) { event in
            // Every project settled: nothing is left to resume.
            if case .finished(let summary) = event, summary.failed.isEmpty, summary.unknown.isEmpty,
               summary.pending.isEmpty {
                checkpoints?.remove(planID: planID)
            }
            inbox.post(.applyUpdate(id, Self.update(event)))
        }
        runs.withLock { $0[id] = run }
        Task { await run.run() }
    }

    func stop(_ id: RequestID) {
        guard let run = runs.withLock({ $0[id] }) else { return }
        Task { await run.stop() }
    }

    func retry(_ id: RequestID) {
        guard let run = runs.withLock({ $0[id] }) else { return }
        Task { await run.retryFailed() }
    }

    /// Stops every run (the session ends): no new write starts.
    func stopAll() async {
        for run in runs.withLock({ Array($0.values) }) { await run.stop() }
    }

    static func update(_ event: ApplyRun<ContinuousClock>.Event) -> ApplyUpdate {
        switch event {
        case .project(let project, let state):
            let shown: ApplyProjectState = switch state {
            case .waiting: .waiting
            case .checking: .checking
            case .sending(let method): .sending(method.rawValue.uppercased())
            case .applied: .applied
            case .failed(let failure): .failed(failure.localizedMessage)
            case .unknown(let text): .unknown(text)
            case .notStarted: .notStarted
            }
            return .project(project, shown)
        case .rateLimited(let duration): return .rateLimited(duration)
        case .halted(let reason): return .halted(reason)
        case .finished(let summary): return .finished(summary)
        }
    }
}
