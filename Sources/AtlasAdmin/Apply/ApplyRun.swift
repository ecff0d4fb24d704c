import Foundation

/// How a write goes out: `POST` creates, `PUT` replaces.
public enum ApplyMethod: String, Sendable, Hashable, Codable {
    case post = "POST"
    case put = "PUT"
}

/// Why one project's write was not applied: the answer's one-line message,
/// its status and Atlas's `errorCode` when there were any.
public struct ApplyFailure: Sendable, Hashable {
    /// In English, as the checkpoint and logs keep it.
    public var message: String
    public var status: Int?
    public var errorCode: String?
    /// The error it came from, to say it again in the operator's language
    /// (not compared: the same message, status and code are the same failure).
    var error: AtlasError?

    public init(message: String, status: Int? = nil, errorCode: String? = nil) {
        self.message = message
        self.status = status
        self.errorCode = errorCode
    }

    init(_ error: AtlasError) {
        self.init(message: error.message, status: error.status, errorCode: error.errorCode)
        self.error = error
    }

    /// The message in the operator's language, for screens.
    public var localizedMessage: String {
        error?.localizedMessage ?? message
    }

    public static func == (lhs: ApplyFailure, rhs: ApplyFailure) -> Bool {
        lhs.message == rhs.message && lhs.status == rhs.status && lhs.errorCode == rhs.errorCode
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(status)
        hasher.combine(errorCode)
    }
}

/// The requests an apply makes, as closures so the run does not care how
/// they travel (normally `AtlasClient.applyRead`/`applyWrite`).
public struct ApplyService: Sendable {
    public typealias Read = @Sendable (_ type: IntegrationType, _ projectID: String) async throws(AtlasError)
        -> (integration: Integration?, rateLimit: RateLimitReading)
    public typealias Write = @Sendable (_ method: ApplyMethod, _ settings: IntegrationSettings, _ projectID: String)
        async throws(AtlasError) -> RateLimitReading

    public var read: Read
    public var write: Write

    public init(read: @escaping Read, write: @escaping Write) {
        self.read = read
        self.write = write
    }

    public static func atlas(_ client: AtlasClient) -> ApplyService {
        ApplyService(
            read: { type, projectID throws(AtlasError) in try await client.applyRead(type, projectID: projectID) },
            write: { method, settings, projectID throws(AtlasError) in
                try await client.applyWrite(method, settings, projectID: projectID)
            })
    }
}

/// Where an apply keeps its records: the checkpoint that makes it
/// resumable and the audit log every write goes through.
public struct ApplyRecording: Sendable {
    public var checkpoints: ApplyCheckpointStore?
    public var audit: AuditLog?
    /// Who writes, as the audit log names it (`AtlasCredentials.publicIdentity`).
    public var who: String
    public var baseURL: URL

    public init(baseURL: URL, who: String, checkpoints: ApplyCheckpointStore? = nil, audit: AuditLog? = nil) {
        self.baseURL = baseURL
        self.who = who
        self.checkpoints = checkpoints
        self.audit = audit
    }
}

/// Carries out an `ApplyPlan`'s writes, as fast as Atlas's rate limit lets
/// it and no faster, and tells its owner (a pure UI core) what happens to
/// each project as plain events.
///
/// - At most `maxConcurrent` projects at once; every request (write or
///   read-back) is paced by `RequestPacer` from `RateLimit-Remaining`/
///   `RateLimit-Limit`, and after a `429` nothing at all starts until its
///   `Retry-After` has passed, on `clock`. A `429` is no failure of the
///   project: Atlas refused it before doing anything, so the same write is
///   sent again once the wait is over.
/// - A write whose answer was lost (`AtlasError.leavesWriteOutcomeUnknown`:
///   a 5xx, a dropped connection, a timeout) is never sent again blindly:
///   the project is read back first, and only a read that does not hold the
///   expectation leads to another write (at most `maxWrites` per project).
///   A `POST` answered `409 INTEGRATION_ALREADY_CONFIGURED` (typically an
///   earlier unanswered `POST` that landed) is also read back, and a `PUT`
///   follows only if the read shows something else.
/// - `401 USER_UNAUTHORIZED` (the key lost write access) stops the whole
///   run: the rest stays planned. Any other refusal (`404`, `401
///   NOT_IN_GROUP`, `400`) fails that project only.
/// - `stop()` (Esc): no new write starts; those running finish, and a lost
///   answer is still read back, so every project ends known.
/// - Before the first write the checkpoint is saved, and again whenever a
///   write goes out or is answered; every write is appended to the audit
///   log once answered, and a write whose line could not be written is not
///   sent (the run stops with the log's message).
public actor ApplyRun<C: Clock> where C.Duration == Duration {
    /// What happens to one project.
    public enum ProjectState: Sendable, Hashable {
        /// Planned, not started yet.
        case waiting
        /// Reading what Atlas holds, to settle an earlier write.
        case checking
        case sending(ApplyMethod)
        case applied
        case failed(ApplyFailure)
        /// Sent, never answered, and not confirmed by a read since.
        case unknown(String)
        /// The run stopped before this project's write went out: still planned.
        case notStarted
    }

    public enum Event: Sendable, Hashable {
        case project(ApplyProject, ProjectState)
        /// Atlas refused a request with `429`: nothing starts for this long.
        case rateLimited(Duration)
        /// The whole run stopped for this reason (one sentence); what was
        /// not written stays planned.
        case halted(String)
        case finished(ApplySummary)
    }

    /// The most writes one project gets in a run (each after a read showed
    /// the previous one did not apply); `429`s are not counted.
    public static var maxWrites: Int { 3 }

    private struct Job {
        var index: Int
        var method: ApplyMethod
        /// An earlier write may have landed: read before writing.
        var readFirst: Bool
        /// Whether a write went out whose outcome was not known.
        var mayHaveLanded: Bool
        var writes = 0
        var lastFailure: ApplyFailure?
    }

    private struct Waiter {
        var id: Int
        var write: Bool
        var continuation: CheckedContinuation<Bool, Never>
    }

    private let clock: C
    private let epoch: C.Instant
    private let settings: IntegrationSettings
    private let service: ApplyService
    private let recording: ApplyRecording?
    private let report: @Sendable (Event) -> Void
    private let maxConcurrent: Int
    private var pacer: RequestPacer
    private(set) public var plan: ApplyPlan
    private var messages: [String: String] = [:]
    private var readFirst: Set<Int> = []
    private var stopped = false
    private var halt: String?
    private var running = false
    private var waiters: [Waiter] = []
    private var nextWaiter = 0
    private var inFlightCount = 0
    /// Whether any answer has told the pacer about the rate budget yet.
    private var heardFromAtlas = false
    private var sleeper: (deadline: Duration, task: Task<Void, Never>)?

    /// `settings` must be what `plan` was made from (its expectation is
    /// compared; a mismatch halts the run before anything is sent).
    public init(
        plan: ApplyPlan, settings: IntegrationSettings, service: ApplyService, clock: C, maxConcurrent: Int = 6,
        recording: ApplyRecording? = nil, messages: [String: String] = [:],
        report: @escaping @Sendable (Event) -> Void
    ) {
        self.plan = plan
        self.settings = settings
        self.service = service
        self.clock = clock
        self.epoch = clock.now
        self.maxConcurrent = max(1, maxConcurrent)
        self.pacer = RequestPacer(maxConcurrent: maxConcurrent)
        self.recording = recording
        self.messages = messages
        self.report = report
        // A resumed project sent before may have landed: read it first.
        for (index, item) in plan.items.enumerated() where item.outcome == .sending || item.outcome == .unknown {
            readFirst.insert(index)
        }
    }

    /// Requests in flight now (reads and writes). None while projects are
    /// still to do means the run waits on its clock.
    public var inFlight: Int { inFlightCount }

    /// Where every project stands.
    public var summary: ApplySummary { ApplySummary(plan: plan, halt: halt, stopped: stopped) }

    /// Esc: no new write starts; running ones finish and are reported.
    public func stop() {
        stopped = true
        dispatch()
    }

    /// Sends every write the plan calls for; returns when each project is
    /// settled or the run was stopped.
    @discardableResult
    public func run() async -> ApplySummary {
        let indices = plan.items.indices.filter { plan.writes(plan.items[$0]) }
        return await execute(indices)
    }

    /// Plans the failed and unknown projects again and runs them: each is
    /// read first (an unknown one may have landed), then written only if
    /// the read shows it is needed.
    @discardableResult
    public func retryFailed() async -> ApplySummary {
        guard !running, halt == nil else { return summary }
        stopped = false
        var indices: [Int] = []
        for index in plan.items.indices where plan.items[index].outcome == .failed || plan.items[index].outcome == .unknown {
            if plan.items[index].outcome == .failed { plan.items[index].outcome = .pending }
            readFirst.insert(index)
            indices.append(index)
        }
        return await execute(indices)
    }

    // MARK: - Running

    private func execute(_ indices: [Int]) async -> ApplySummary {
        guard !running else { return summary }
        running = true
        defer { running = false }
        if let refusal = preflight() {
            halt(refusal)
        }
        for index in indices where halt == nil { report(.project(plan.items[index].project, .waiting)) }
        if halt == nil {
            await withTaskGroup(of: Void.self) { group in
                var active = 0
                for index in indices {
                    if active >= maxConcurrent {
                        await group.next()
                        active -= 1
                    }
                    if stopped || Task.isCancelled { break }
                    group.addTask { await self.process(index) }
                    active += 1
                }
                await group.waitForAll()
            }
        }
        for index in indices where plan.items[index].outcome == .pending {
            report(.project(plan.items[index].project, .notStarted))
        }
        saveCheckpoint()
        let summary = summary
        report(.finished(summary))
        return summary
    }

    /// Why nothing may be sent: the settings are not the plan's, the audit
    /// log or the checkpoint cannot be written.
    private func preflight() -> String? {
        if settings.type != plan.type || WriteReadBack.expectation(of: settings) != plan.expectation {
            return tr("apply.run.othersettings")
        }
        if let audit = recording?.audit, let problem = audit.checkWritable() {
            return Self.auditRefusal(problem)
        }
        guard let checkpoints = recording?.checkpoints, let baseURL = recording?.baseURL else { return nil }
        do {
            try checkpoints.save(ApplyCheckpoint(plan: plan, baseURL: baseURL, messages: messages))
        } catch {
            return tr("apply.run.nocheckpoint.start", error.description)
        }
        return nil
    }

    static func auditRefusal(_ problem: String) -> String {
        tr("apply.run.noaudit", problem)
    }

    private func process(_ index: Int) async {
        let item = plan.items[index]
        var job = Job(
            index: index, method: item.action == .create ? .post : .put, readFirst: readFirst.contains(index),
            mayHaveLanded: readFirst.contains(index))
        readFirst.remove(index)
        let forceWrite = item.action == .sameAsFarAsAtlasShows && plan.rewritesSame
        while true {
            if job.readFirst {
                guard await acquire(write: false) else { return leave(job) }
                report(.project(item.project, .checking))
                let read: (integration: Integration?, rateLimit: RateLimitReading)
                do {
                    read = try await service.read(plan.type, item.project.id)
                } catch {
                    if rateLimited(error) { continue }
                    answered(RateLimitReading())
                    if isKeyWithoutWriteAccess(error) { halt(Self.unauthorized(error)) }
                    if job.mayHaveLanded {
                        return settle(index, .unknown, message: error.message,
                                      state: .unknown(tr("apply.run.notconfirmed", error.localizedMessage)))
                    }
                    return settle(index, .failed, message: error.message, state: .failed(ApplyFailure(error)))
                }
                answered(read.rateLimit)
                let holds = WriteReadBack.holds(plan.expectation, in: read.integration)
                if holds && (!forceWrite || job.mayHaveLanded) {
                    return settle(index, .applied, message: nil, state: .applied)
                }
                if job.writes >= Self.maxWrites, let failure = job.lastFailure {
                    return settle(index, .failed, message: failure.message, state: .failed(failure))
                }
                job.method = read.integration == nil ? .post : .put
                job.readFirst = false
                job.mayHaveLanded = false
                if plan.items[index].outcome != .pending { setOutcome(index, .pending, message: nil) }
            }
            // The write.
            if stopped { return leave(job) }
            if let audit = recording?.audit, let problem = audit.checkWritable() {
                halt(Self.auditRefusal(problem))
                return leave(job)
            }
            guard await acquire(write: true) else { return leave(job) }
            setOutcome(index, .sending, message: nil)
            report(.project(item.project, .sending(job.method)))
            let result: Result<RateLimitReading, AtlasError>
            do {
                result = .success(try await service.write(job.method, settings, item.project.id))
            } catch {
                result = .failure(error)
            }
            audit(index, job.method, result)
            switch result {
            case .success(let reading):
                answered(reading)
                return settle(index, .applied, message: nil, state: .applied)
            case .failure(let error):
                if rateLimited(error) {
                    // Refused before anything was done: the same write again, after the wait.
                    setOutcome(index, .pending, message: nil)
                    report(.project(item.project, .waiting))
                    continue
                }
                answered(RateLimitReading())
                job.writes += 1
                job.lastFailure = ApplyFailure(error)
                if error.leavesWriteOutcomeUnknown {
                    setOutcome(index, .unknown, message: error.message)
                    report(.project(item.project, .unknown(tr("apply.run.noanswer", error.localizedMessage))))
                    job.readFirst = true
                    job.mayHaveLanded = true
                    continue
                }
                if job.method == .post, error.status == 409, error.errorCode == "INTEGRATION_ALREADY_CONFIGURED" {
                    // Configured meanwhile, perhaps by an earlier POST of ours whose answer was lost.
                    job.readFirst = true
                    job.mayHaveLanded = true
                    continue
                }
                if isKeyWithoutWriteAccess(error) {
                    halt(Self.unauthorized(error))
                    setOutcome(index, .pending, message: nil)
                    return leave(job)
                }
                return settle(index, .failed, message: error.message, state: .failed(ApplyFailure(error)))
            }
        }
    }

    /// The project's work ends without a result of its own: the run was
    /// stopped or halted, or the task cancelled.
    private func leave(_ job: Job) {
        let outcome = plan.items[job.index].outcome
        if job.mayHaveLanded || outcome == .sending || outcome == .unknown {
            // The checkpoint file keeps its own words; the screen gets the operator's language.
            setOutcome(job.index, .unknown, message: job.lastFailure?.message ?? "The run ended before the write was confirmed.")
            report(.project(plan.items[job.index].project, .unknown(job.lastFailure?.localizedMessage ?? tr("apply.run.endedunconfirmed"))))
        } else {
            setOutcome(job.index, .pending, message: nil)
        }
    }

    private func settle(_ index: Int, _ outcome: ApplyOutcome, message: String?, state: ProjectState) {
        setOutcome(index, outcome, message: message)
        report(.project(plan.items[index].project, state))
    }

    private func setOutcome(_ index: Int, _ outcome: ApplyOutcome, message: String?) {
        plan.items[index].outcome = outcome
        messages[plan.items[index].project.id] = message
        saveCheckpoint()
    }

    private func saveCheckpoint() {
        guard let checkpoints = recording?.checkpoints, let baseURL = recording?.baseURL else { return }
        do {
            try checkpoints.save(ApplyCheckpoint(plan: plan, baseURL: baseURL, messages: messages))
        } catch {
            halt(tr("apply.run.nocheckpoint", error.description))
        }
    }

    private func audit(_ index: Int, _ method: ApplyMethod, _ result: Result<RateLimitReading, AtlasError>) {
        guard let recording, let audit = recording.audit else { return }
        let item = plan.items[index]
        var outcome = AuditRecord.Outcome.applied
        var status: Int? = 200
        var errorCode: String?
        if case .failure(let error) = result {
            status = error.status
            errorCode = error.errorCode
            outcome = error.leavesWriteOutcomeUnknown ? .unknown : .failed
        }
        var tails: [String: String] = [:]
        for (key, expected) in plan.expectation {
            if case .maskedTail(let tail) = expected { tails[key] = tail }
        }
        let record = AuditRecord(
            time: Date(), baseURL: InFlightWrite.withoutCredentials(recording.baseURL), who: recording.who,
            projectID: item.project.id, projectName: item.project.name, type: plan.type,
            action: method == .post ? .create : .update, outcome: outcome, status: status, errorCode: errorCode,
            secretTails: tails.isEmpty ? nil : tails)
        do {
            try audit.append(record)
        } catch {
            halt(Self.auditRefusal(error.description))
        }
    }

    private func halt(_ reason: String) {
        stopped = true
        guard halt == nil else { return }
        halt = reason
        report(.halted(reason))
        dispatch()
    }

    private func isKeyWithoutWriteAccess(_ error: AtlasError) -> Bool {
        error.status == 401 && error.errorCode == "USER_UNAUTHORIZED"
    }

    private static func unauthorized(_ error: AtlasError) -> String {
        tr("apply.run.unauthorized", error.localizedMessage)
    }

    // MARK: - Pacing

    private var now: Duration { epoch.duration(to: clock.now) }

    /// Waits for the pacer to let one request start; false when it must not
    /// (a write after `stop()`, or the task was cancelled).
    private func acquire(write: Bool) async -> Bool {
        if (write && stopped) || Task.isCancelled { return false }
        nextWaiter += 1
        let id = nextWaiter
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiters.append(Waiter(id: id, write: write, continuation: continuation))
                dispatch()
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(returning: false)
        dispatch()
    }

    /// An answer that was not a `429`.
    private func answered(_ reading: RateLimitReading) {
        inFlightCount -= 1
        heardFromAtlas = true
        pacer.answered(reading, now: now, inFlight: inFlightCount)
        dispatch()
    }

    /// Whether `error` is a `429`; if so every start waits its `Retry-After` out.
    private func rateLimited(_ error: AtlasError) -> Bool {
        guard case .api(let detail) = error, detail.status == 429 else { return false }
        inFlightCount -= 1
        heardFromAtlas = true
        let before = pacer.pausedUntil
        let wait = pacer.rateLimited(retryAfter: detail.retryAfter, parameters: detail.parameters, now: now)
        if pacer.pausedUntil != before { report(.rateLimited(wait)) }
        dispatch()
        return true
    }

    private func dispatch() {
        if stopped {
            let refused = waiters.filter(\.write)
            waiters.removeAll(where: \.write)
            for waiter in refused { waiter.continuation.resume(returning: false) }
        }
        while let first = waiters.first {
            // An apply usually follows the plan's reads, which may have
            // left the bucket nearly empty: one request learns how full it
            // is before others follow, instead of several refused at once.
            if !heardFromAtlas && inFlightCount > 0 {
                cancelSleeper()
                return
            }
            switch pacer.decide(now: now, inFlight: inFlightCount) {
            case .start:
                waiters.removeFirst()
                inFlightCount += 1
                first.continuation.resume(returning: true)
            case .waitForAnswer:
                cancelSleeper()
                return
            case .wait(let until):
                if sleeper?.deadline == until { return }
                cancelSleeper()
                let target = epoch.advanced(by: until)
                let clock = self.clock
                sleeper = (until, Task {
                    do {
                        try await clock.sleep(until: target, tolerance: nil)
                    } catch {
                        return
                    }
                    await self.woke(at: until)
                })
                return
            }
        }
        cancelSleeper()
    }

    private func woke(at deadline: Duration) {
        if sleeper?.deadline == deadline { sleeper = nil }
        dispatch()
    }

    private func cancelSleeper() {
        sleeper?.task.cancel()
        sleeper = nil
    }
}

/// Where an apply stands: projects by outcome, and why it stopped if it did.
public struct ApplySummary: Sendable, Hashable {
    public var applied: [ApplyProject]
    public var failed: [ApplyProject]
    public var unknown: [ApplyProject]
    /// Planned and not written (the run was stopped or halted first).
    public var pending: [ApplyProject]
    /// Why the whole run stopped, when something stopped it.
    public var halt: String?
    /// Whether the operator (or a halt) stopped it before the end.
    public var stopped: Bool

    public init(applied: [ApplyProject], failed: [ApplyProject], unknown: [ApplyProject], pending: [ApplyProject],
                halt: String? = nil, stopped: Bool = false) {
        self.applied = applied
        self.failed = failed
        self.unknown = unknown
        self.pending = pending
        self.halt = halt
        self.stopped = stopped
    }

    init(plan: ApplyPlan, halt: String?, stopped: Bool) {
        func with(_ outcome: ApplyOutcome) -> [ApplyProject] {
            plan.items.filter { $0.action.kind != .cannot && $0.outcome == outcome }.map(\.project)
        }
        applied = with(.applied)
        failed = with(.failed)
        unknown = with(.unknown) + with(.sending)
        pending = plan.items.filter { plan.writes($0) && $0.outcome == .pending }.map(\.project)
        self.halt = halt
        self.stopped = stopped
    }
}
