import AtlasAdmin
import AtlasSandbox
import Foundation
import IntegrationsUI
import Synchronization

/// Runs the app core's effects against the service layer, each in its own
/// task so the UI never waits, and posts every result back as an event
/// carrying the effect's request id.
public final class EffectRunner: Sendable {
    /// What changes while the program runs: the client (set when the demo
    /// starts), the tasks still running, the demo sandbox.
    private struct State {
        var client: AtlasClient?
        var tasks: [RequestID: Task<Void, Never>] = [:]
        var demo: DemoSandbox?
    }

    private let inbox: EventInbox
    private let state: Mutex<State>
    private let log: OperationLog?
    private let projectLoads = ConcurrencyLimit(3)
    private let projectOrder: OrderedDelivery
    private let matrixReads: MatrixReads
    /// Sends test deliveries straight to a typed destination (never to Atlas).
    private let testDelivery: TestDeliverySender
    private let applies = ApplyRuns()
    /// Where an apply keeps its checkpoint and audits its writes; nil in
    /// the demo, whose sandbox ends with the process.
    private let applyCheckpoints: ApplyCheckpointStore?
    private let applyAudit: AuditLog?
    /// Saves and deletes in flight, with their journal records.
    public let writes: WriteTracker

    public init(
        client: AtlasClient?, inbox: EventInbox, demo: DemoSandbox?, writes: WriteTracker, log: OperationLog?,
        testDelivery: TestDeliverySender = TestDeliverySender(),
        applyCheckpoints: ApplyCheckpointStore? = nil, applyAudit: AuditLog? = nil
    ) {
        self.testDelivery = testDelivery
        self.applyCheckpoints = applyCheckpoints
        self.applyAudit = applyAudit
        self.state = Mutex(State(client: client, demo: demo))
        self.inbox = inbox
        self.writes = writes
        self.log = log
        self.projectOrder = OrderedDelivery { inbox.post($0) }
        self.matrixReads = MatrixReads(inbox: inbox)
    }

    /// Effects that need the terminal (the editor) are handed back to the loop.
    public enum Handled: Sendable {
        case done
        case openEditor(RequestID, String)
        case quit
    }

    /// Runs `effect`; `projectName` names the project of a save or delete
    /// in the write journal as the operator saw it.
    public func run(_ effect: Effect, projectName: String? = nil) -> Handled {
        switch effect {
        case .loadOrganizations(let id):
            start(id) { client in .organizationsLoaded(id, try await client.listOrganizations()) }
        case .loadProjects(let id, let organizationID):
            // Each page's projects go to the picker as soon as the pages
            // before it are in; the final event carries only the count.
            let order = projectOrder
            let limit = projectLoads
            order.expect(id)
            start(id, deliver: order.deliver) { client in
                let count = try await limit.run {
                    try await client.streamProjects(orgID: organizationID, pages: { released, loaded, total in
                        order.page(id, .projectsPageLoaded(
                            id, projects: released, loaded: loaded, total: total, isComplete: false))
                    })
                }
                return .projectsPageLoaded(id, projects: [], loaded: count, total: count, isComplete: true)
            }
        case .loadProject(let id, let projectID):
            start(id) { client in .projectLoaded(id, try await client.project(id: projectID)) }
        case .loadIntegrations(let id, let projectID):
            start(id) { client in .integrationsLoaded(id, try await client.listIntegrations(projectID: projectID)) }
        case .loadMatrixRows(let id, let projectIDs):
            matrixReads.load(id, projectIDs, client: state.withLock { $0.client })
        case .save(let id, let projectID, let settings, let isUpdate):
            if let refusal = writes.auditRefusal() {
                inbox.post(.failed(id, .invalidInput(field: nil, message: refusal)))
                return .done
            }
            log?.write("save \(settings.type.rawValue) project=\(projectID) method=\(isUpdate ? "PUT" : "POST")")
            track(id, settings.type, projectID, projectName, isUpdate ? .put : .post,
                  expected: WriteReadBack.expectation(of: settings))
            start(id) { client in
                let saved = isUpdate
                    ? try await client.update(settings, projectID: projectID)
                    : try await client.create(settings, projectID: projectID)
                return .saved(id, [saved])
            }
        case .readIntegration(let id, let projectID, let type):
            log?.write("read back \(type.rawValue) project=\(projectID)")
            // Only ever asked for to learn what became of a write: on a
            // fresh connection, not behind whatever lost its answer.
            start(id) { client in .integrationRead(id, try await client.readBack(type, projectID: projectID)) }
        case .delete(let id, let projectID, let type):
            if let refusal = writes.auditRefusal() {
                inbox.post(.failed(id, .invalidInput(field: nil, message: refusal)))
                return .done
            }
            log?.write("delete \(type.rawValue) project=\(projectID)")
            track(id, type, projectID, projectName, .delete)
            start(id) { client in
                try await client.delete(type, projectID: projectID)
                return .deleted(id)
            }
        case .loadAlertUsage(let id, let projectID, let type):
            start(id) { client in .alertUsageLoaded(id, try await client.alertUsage(of: type, projectID: projectID)) }
        case .sendTestDelivery(let id, let request):
            log?.write("test delivery \(request.type.rawValue) project=\(request.projectID) to=\(request.destination)")
            let sender = testDelivery
            let inbox = self.inbox
            let task = Task { [weak self] in
                let report = await sender.send(request)
                self?.finished(id)
                if !Task.isCancelled { inbox.post(.testDelivered(id, report)) }
            }
            state.withLock { $0.tasks[id] = task }
        case .planApply(let id, let settings, let projects, let readOnly):
            log?.write("apply plan \(settings.type.rawValue) projects=\(projects.count)")
            start(id) { client in
                let reads = await FleetLoader<ContinuousClock>.readAll(projects.map(\.id), clock: ContinuousClock()) {
                    projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID)
                }
                return .applyPlanned(id, ApplyPlan(settings: settings, projects: projects, reads: reads, readOnly: readOnly))
            }
        case .runApply(let id, let plan, let settings):
            guard let client = state.withLock({ $0.client }) else {
                inbox.post(.failed(id, .invalidInput(field: nil, message: tr("runtime.nocredentials"))))
                return .done
            }
            log?.write("apply run \(plan.type.rawValue) writes=\(plan.confirmationCount)")
            let recording = ApplyRecording(
                baseURL: client.configuration.baseURL, who: client.configuration.credentials?.publicIdentity ?? "",
                checkpoints: applyCheckpoints, audit: applyAudit)
            applies.start(id, plan: plan, settings: settings, client: client, recording: recording, inbox: inbox,
                          checkpoints: applyCheckpoints)
        case .planResume(let id, let checkpoint, let settings):
            log?.write("apply resume \(checkpoint.type.rawValue) unfinished=\(checkpoint.unfinished.count)")
            start(id) { client in
                let reads = await FleetLoader<ContinuousClock>.readAll(checkpoint.unfinished.map(\.id), clock: ContinuousClock()) {
                    projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID)
                }
                _ = settings
                let resumed = ApplyPlan.resuming(checkpoint, reads: reads).plan
                self.auditLanded(checkpoint, resumed, client: client)
                return .applyPlanned(id, resumed)
            }
        case .forgetApply(let planID):
            applyCheckpoints?.remove(planID: planID)
        case .stopApply(let id):
            applies.stop(id)
        case .retryApply(let id):
            applies.retry(id)
        case .cancel(let id):
            let task = state.withLock { $0.tasks.removeValue(forKey: id) }
            task?.cancel()
            projectOrder.cancel(id)
            matrixReads.cancel(id)
        case .openEditor(let id, let text):
            return .openEditor(id, text)
        case .startDemo(let id):
            startDemo(id)
        case .forgetUnfinishedWrites:
            writes.forgetLeftovers()
        case .writeFiles(let id, let files, let directory):
            let inbox = self.inbox
            Task.detached {
                inbox.post(Self.writeFiles(id, files, under: directory))
            }
        case .quit:
            return .quit
        }
        return .done
    }

    /// Cancels everything still running and revokes a service-account token.
    public func shutdown() async {
        let running = state.withLock { state -> [Task<Void, Never>] in
            defer { state.tasks = [:] }
            return Array(state.tasks.values)
        }
        for task in running { task.cancel() }
        await matrixReads.stop()
        await applies.stopAll()
        let (current, demo) = state.withLock { ($0.client, $0.demo) }
        await current?.close()
        await demo?.stop()
    }

    private func start(
        _ id: RequestID, deliver: (@Sendable (RequestID, AppEvent) -> Void)? = nil,
        _ work: @escaping @Sendable (AtlasClient) async throws -> AppEvent
    ) {
        guard let client = state.withLock({ $0.client }) else {
            let failure = AppEvent.failed(id, .invalidInput(field: nil, message: tr("runtime.nocredentials")))
            if let deliver { deliver(id, failure) } else { inbox.post(failure) }
            return
        }
        let inbox = self.inbox
        let writes = self.writes
        let task = Task { [weak self] in
            let event: AppEvent
            do {
                event = try await work(client)
            } catch {
                let atlasError = (error as? AtlasError)
                    ?? .transport(TransportFailure(kind: .other, detail: String(describing: type(of: error))))
                event = .failed(id, Task.isCancelled ? .cancelled : atlasError)
            }
            self?.finished(id)
            writes.finish(id, event)
            if let deliver { deliver(id, event) } else { inbox.post(event) }
        }
        state.withLock { $0.tasks[id] = task }
    }

    /// Journals a write about to go out (when there is a client to send it).
    private func track(
        _ id: RequestID, _ type: IntegrationType, _ projectID: String, _ projectName: String?,
        _ method: InFlightWrite.Method, expected: [String: WriteReadBack.Expected]? = nil
    ) {
        guard let client = state.withLock({ $0.client }) else { return }
        writes.begin(id, InFlightWrite(
            type: type, projectID: projectID, projectName: projectName, method: method,
            target: client.configuration.baseURL, expected: expected),
            who: client.configuration.credentials?.publicIdentity ?? "")
    }

    /// Writes an interrupted apply sent without seeing the answer, which
    /// the resume's read found applied: each gets its audit line now (the
    /// process that sent it died before it could write one).
    private func auditLanded(_ checkpoint: ApplyCheckpoint, _ resumed: ApplyPlan, client: AtlasClient) {
        guard let audit = applyAudit else { return }
        var tails: [String: String] = [:]
        for (key, expected) in checkpoint.expectation {
            if case .maskedTail(let tail) = expected { tails[key] = tail }
        }
        let settled = Dictionary(resumed.items.map { ($0.project.id, $0.outcome) }, uniquingKeysWith: { first, _ in first })
        // A kill can fall between a write's line and the checkpoint's update:
        // a write already audited as applied during this apply is not again.
        let audited = Set(((try? audit.read())?.records ?? []).filter {
            $0.type == checkpoint.type && $0.outcome == .applied && $0.time >= checkpoint.createdAt.addingTimeInterval(-1)
        }.map(\.projectID))
        for entry in checkpoint.projects where entry.outcome == .sending || entry.outcome == .unknown {
            guard settled[entry.projectID] == .applied, !audited.contains(entry.projectID) else { continue }
            try? audit.append(AuditRecord(
                time: Date(), baseURL: checkpoint.baseURL,
                who: client.configuration.credentials?.publicIdentity ?? "", projectID: entry.projectID,
                projectName: entry.projectName, type: checkpoint.type,
                action: entry.action == .create ? .create : .update, outcome: .applied,
                secretTails: tails.isEmpty ? nil : tails))
            log?.write("audit: a write of the interrupted apply found applied project=\(entry.projectID)")
        }
    }

    /// Writes under `directory` in the working directory, or under the
    /// first of `directory-2`, `-3`… that does not exist yet, so an export
    /// never mixes with an earlier one.
    static func writeFiles(_ id: RequestID, _ files: [ExportFile], under directory: String) -> AppEvent {
        let base = (directory as NSString).isAbsolutePath
            ? directory
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(directory)
        var target = base
        var attempt = 1
        while FileManager.default.fileExists(atPath: target), attempt < 1_000 {
            attempt += 1
            target = "\(base)-\(attempt)"
        }
        do {
            try ExportWriter.write(files, to: target)
            return .filesWritten(id, directory: target, count: files.count)
        } catch {
            return .failed(id, .invalidInput(field: nil, message: error.message))
        }
    }

    private func finished(_ id: RequestID) {
        _ = state.withLock { $0.tasks.removeValue(forKey: id) }
    }

    private func startDemo(_ id: RequestID) {
        let inbox = self.inbox
        let log = self.log
        Task { [weak self] in
            do {
                let sandbox = try await DemoSandbox.start()
                self?.writes.stopJournaling()
                let client = AtlasClient(configuration: sandbox.clientConfiguration(log: log))
                self?.state.withLock { state in
                    state.client = client
                    state.demo = sandbox
                }
                inbox.post(.demoStarted(id, targetLabel: sandbox.baseURL.absoluteString, authKind: "API key (Digest)"))
            } catch {
                inbox.post(.failed(id, .transport(TransportFailure(
                    kind: .other, detail: tr("runtime.demo.failed", "\(error)")))))
            }
        }
    }
}
