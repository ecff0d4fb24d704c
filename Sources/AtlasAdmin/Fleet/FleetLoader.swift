/// Reads many projects' integrations, one list request per project, as
/// fast as Atlas's rate limit allows: at most `maxConcurrent` at once,
/// paced by `RateLimit-Remaining`/`RateLimit-Limit`, and after a `429`
/// nothing at all until its `Retry-After` has passed (see `RequestPacer`).
///
/// Projects are read in the order asked for; a later `load` goes ahead of
/// what is still queued (the rows on screen before the rest), and a project
/// already queued moves up instead of being read twice. Each project is
/// reported once, with its integrations or the error that stopped it (a
/// `401`/`403` project fails alone; the rest go on). A project whose read
/// was refused with `429` is queued again at the front, up to
/// `maxRateLimitedAttempts` times.
///
/// Waiting is done on `clock`, so tests advance time instead of sleeping.
public actor FleetLoader<C: Clock> where C.Duration == Duration {
    /// Reads one project (normally `AtlasClient.fleetRead`).
    public typealias Read = @Sendable (_ projectID: String) async throws(AtlasError) -> FleetRead

    /// What the loader tells its owner, in the order it happens.
    public enum Event: Sendable, Equatable {
        /// One project's integrations, or why they could not be read.
        case read(tag: Int, projectID: String, Result<[Integration], AtlasError>)
        /// Atlas refused a read of `tag` with `429`: no request starts for this long.
        case waiting(tag: Int, Duration)
        /// Every project asked for under `tag` has been reported (or cancelled).
        case finished(tag: Int)
    }

    private struct Entry: Sendable {
        var projectID: String
        var tag: Int
        var rateLimitedAttempts = 0
    }

    private struct Running {
        var entry: Entry
        var serial: Int
        var task: Task<Void, Never>
    }

    public static var maxRateLimitedAttempts: Int { 6 }

    private let clock: C
    private let epoch: C.Instant
    private let read: Read
    private let report: @Sendable (Event) -> Void
    private var pacer: RequestPacer
    private var queue: [Entry] = []
    private var running: [String: Running] = [:]
    /// Projects of each tag not yet reported.
    private var outstanding: [Int: Int] = [:]
    private var serial = 0
    private var pump: Task<Void, Never>?
    private var signal: CheckedContinuation<Void, Never>?
    private var sleeper: Task<Void, Never>?
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    private var stopped = false

    public init(
        clock: C, maxConcurrent: Int = 6, read: @escaping Read, report: @escaping @Sendable (Event) -> Void
    ) {
        self.clock = clock
        self.epoch = clock.now
        self.read = read
        self.report = report
        self.pacer = RequestPacer(maxConcurrent: maxConcurrent)
    }

    /// Reads `projectIDs` under `tag`, ahead of everything still queued and
    /// in this order. A project already queued moves up (and to `tag`); one
    /// being read now is not read again, and reports under its first tag.
    public func load(_ projectIDs: [String], tag: Int) {
        guard !stopped else { return }
        var seen = Set<String>()
        let wanted = projectIDs.filter { running[$0] == nil && seen.insert($0).inserted }
        guard !wanted.isEmpty else { return }
        let moving = Set(wanted)
        var kept: [Entry] = []
        kept.reserveCapacity(queue.count)
        for entry in queue {
            if moving.contains(entry.projectID) {
                release(entry.tag)
            } else {
                kept.append(entry)
            }
        }
        queue = wanted.map { Entry(projectID: $0, tag: tag) } + kept
        outstanding[tag, default: 0] += wanted.count
        ensurePump()
    }

    /// Forgets everything asked for under `tag`; reads of it in flight are
    /// cancelled, and nothing more is reported for it.
    public func cancel(tag: Int) {
        queue.removeAll { $0.tag == tag }
        for (projectID, run) in running where run.entry.tag == tag {
            run.task.cancel()
            running[projectID] = nil
        }
        outstanding[tag] = nil
        wake()
        settleIfIdle()
    }

    /// Cancels everything; the loader takes no more work.
    public func stop() {
        stopped = true
        queue.removeAll()
        for run in running.values { run.task.cancel() }
        running.removeAll()
        outstanding.removeAll()
        pump?.cancel()
        wake()
        settleIfIdle()
    }

    /// Returns once every project asked for so far has been reported.
    public func idle() async {
        if queue.isEmpty && running.isEmpty { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    /// How many projects are queued or being read.
    public var pending: Int { queue.count + running.count }

    /// How many reads are in flight. None with projects still pending means
    /// the loader is waiting on its clock (a `Retry-After`, a slower pace):
    /// until the clock moves, nothing is sent.
    public var inFlight: Int { running.count }

    // MARK: - Pacing

    private var now: Duration { epoch.duration(to: clock.now) }

    private func ensurePump() {
        guard pump == nil, !stopped, !queue.isEmpty else { return }
        pump = Task { await self.runPump() }
    }

    private func runPump() async {
        while !stopped, !queue.isEmpty {
            switch pacer.decide(now: now, inFlight: running.count) {
            case .start: startNext()
            case .waitForAnswer: await waitForSignal(until: nil)
            case .wait(let until): await waitForSignal(until: until)
            }
        }
        pump = nil
        // A 429 answered while the pump was stopping queued its project again.
        ensurePump()
    }

    private func startNext() {
        guard !queue.isEmpty else { return }
        let entry = queue.removeFirst()
        serial += 1
        let mine = serial
        let read = self.read
        let task = Task {
            let result: Result<FleetRead, AtlasError>
            do {
                result = .success(try await read(entry.projectID))
            } catch let error as AtlasError {
                result = .failure(error)
            } catch {
                result = .failure(.cancelled)
            }
            self.answered(entry, serial: mine, result)
        }
        running[entry.projectID] = Running(entry: entry, serial: mine, task: task)
    }

    private func answered(_ entry: Entry, serial: Int, _ result: Result<FleetRead, AtlasError>) {
        // A read cancelled by `cancel(tag:)` or `stop()` was already forgotten.
        guard running[entry.projectID]?.serial == serial else { return }
        running[entry.projectID] = nil
        switch result {
        case .success(let fleetRead):
            pacer.answered(fleetRead.rateLimit, now: now, inFlight: running.count)
            deliver(entry, .success(fleetRead.integrations))
        case .failure(.api(let detail)) where detail.status == 429
            && entry.rateLimitedAttempts + 1 < Self.maxRateLimitedAttempts:
            let before = pacer.pausedUntil
            let wait = pacer.rateLimited(retryAfter: detail.retryAfter, parameters: detail.parameters, now: now)
            if pacer.pausedUntil != before { report(.waiting(tag: entry.tag, wait)) }
            var again = entry
            again.rateLimitedAttempts += 1
            queue.insert(again, at: 0)
            ensurePump()
        case .failure(let error):
            deliver(entry, .failure(error))
        }
        wake()
        settleIfIdle()
    }

    private func deliver(_ entry: Entry, _ result: Result<[Integration], AtlasError>) {
        guard outstanding[entry.tag] != nil else { return }
        report(.read(tag: entry.tag, projectID: entry.projectID, result))
        release(entry.tag)
    }

    /// One project of `tag` is done with; the tag is finished at the last.
    private func release(_ tag: Int) {
        guard let count = outstanding[tag] else { return }
        if count <= 1 {
            outstanding[tag] = nil
            report(.finished(tag: tag))
        } else {
            outstanding[tag] = count - 1
        }
    }

    private func settleIfIdle() {
        guard queue.isEmpty, running.isEmpty else { return }
        let waiters = idleWaiters
        idleWaiters.removeAll()
        for waiter in waiters { waiter.resume() }
    }

    // MARK: - Waiting

    /// Suspends the pump until an answer comes, or until `deadline` (seconds
    /// since the loader began) on the clock.
    private func waitForSignal(until deadline: Duration?) async {
        sleeper?.cancel()
        sleeper = nil
        if let deadline {
            let target = epoch.advanced(by: deadline)
            let clock = self.clock
            sleeper = Task {
                do {
                    try await clock.sleep(until: target, tolerance: nil)
                } catch {
                    return
                }
                self.wake()
            }
        }
        await withCheckedContinuation { signal = $0 }
    }

    private func wake() {
        sleeper?.cancel()
        sleeper = nil
        let waiting = signal
        signal = nil
        waiting?.resume()
    }
}
