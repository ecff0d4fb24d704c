import AtlasAdmin
import Foundation
import IntegrationsUI
import Synchronization

/// Keeps track of saves and deletes in flight: each is recorded in the
/// write journal before its request goes out and struck off when its answer
/// arrives; at exit the program waits a few seconds for those still running.
///
/// A write still unanswered when the wait ends (or when the process dies
/// outright) stays in the journal, and the next start reports it.
public final class WriteTracker: Sendable {
    private struct Running {
        let write: InFlightWrite
        let entry: JournalEntry?
        /// Who the write is audited as.
        let who: String
    }

    private struct State {
        var journal: WriteJournal?
        var audit: AuditLog?
        var running: [RequestID: Running] = [:]
        /// What became of writes that finished during the exit wait.
        var outcomes: [RequestID: (answered: Bool, text: String)] = [:]
        /// Set when the exit wait starts: from then on a write that ends
        /// without an answer stays in the journal, since nobody saw it fail.
        var exiting = false
        /// What an earlier session left in the journal, shown at start.
        var leftovers: JournalReading
        /// The exit wait, waiting for `running` to empty.
        var idleWaiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var endedWaiters: Set<UInt64> = []
        var nextWaiter: UInt64 = 0
    }

    private let state: Mutex<State>
    private let log: OperationLog?

    /// `journal` nil: nothing is recorded (the demo, whose sandbox dies
    /// with the process, so nothing can be left half-done there).
    /// `audit` nil: no audit line is written (the demo, and tests that do
    /// not look at it).
    public init(journal: WriteJournal?, audit: AuditLog? = nil, leftovers: JournalReading = JournalReading(),
                log: OperationLog?) {
        state = Mutex(State(journal: journal, audit: audit, leftovers: leftovers))
        self.log = log
    }

    /// Why no write may go out now (its audit line could not be written),
    /// or nil when writes may go out.
    public func auditRefusal() -> String? {
        guard let audit = state.withLock({ $0.audit }), let problem = audit.checkWritable() else { return nil }
        return tr("runtime.audit.refusal", problem)
    }

    /// The operator dismissed the notice of an earlier session's unfinished
    /// writes: their records go.
    public func forgetLeftovers() {
        let (journal, reading) = state.withLock { state -> (WriteJournal?, JournalReading) in
            defer { state.leftovers = JournalReading() }
            return (state.journal, state.leftovers)
        }
        journal?.discard(reading)
        log?.write("journal: \(reading.files.count) record(s) of unfinished writes dismissed")
    }

    /// The demo sandbox took over: its writes need no journal, and its
    /// play writes stay out of the operator's audit log.
    public func stopJournaling() {
        state.withLock {
            $0.journal = nil
            $0.audit = nil
        }
    }

    /// Records `write` before its request is sent. A journal that cannot be
    /// written does not stop the write; the log says so.
    public func begin(_ id: RequestID, _ write: InFlightWrite, who: String = "") {
        let journal = state.withLock { $0.journal }
        var entry: JournalEntry?
        if let journal {
            do {
                entry = try journal.record(write)
            } catch {
                log?.write("journal: \(error)")
            }
        }
        state.withLock { $0.running[id] = Running(write: write, entry: entry, who: who) }
    }

    /// The write's task ended with `event`. An answer from Atlas (success
    /// or refusal) strikes it off; so does a failure the operator saw in
    /// the session. One that ends without an answer after the session is
    /// over (cancelled at exit, timed out during the wait) stays.
    public func finish(_ id: RequestID, _ event: AppEvent) {
        let outcome = Self.outcome(of: event)
        let (finished, isExiting) = state.withLock { state -> (Running?, Bool) in
            (state.running.removeValue(forKey: id), state.exiting)
        }
        guard let finished else { return }
        audit(finished, event)
        if outcome.answered || !isExiting, let entry = finished.entry {
            WriteJournal(directory: entry.file.deletingLastPathComponent()).remove(entry)
        }
        // The exit wait hears of it only now, with the record already gone.
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.outcomes[id] = outcome
            guard state.running.isEmpty else { return [] }
            defer { state.idleWaiters = [:] }
            return Array(state.idleWaiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Waits up to `grace` on `clock` for running writes, telling the
    /// operator through `say` (stderr by default) what it waits for and
    /// how each ended. Call after the terminal is restored.
    public func settle(
        grace: Duration, isDemo: Bool, clock: any Clock<Duration> = ContinuousClock(),
        say: @escaping @Sendable (String) -> Void = WriteTracker.sayOnStandardError
    ) async {
        let waiting = state.withLock { state -> [RequestID: Running] in
            state.exiting = true
            return state.running
        }
        guard !waiting.isEmpty else { return }
        let seconds = grace.components.seconds
        for (_, item) in waiting.sorted(by: { $0.key < $1.key }) {
            say(tr("runtime.exit.waiting", Int(seconds), Self.name(item.write)))
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await clock.sleep(for: grace) }
            group.addTask { await self.untilNoneRunning() }
            await group.next()
            group.cancelAll()
        }
        // Those still unanswered are audited now, as unknown: the process
        // ends before their tasks could (their journal records stay).
        let unanswered = state.withLock { state -> [Running] in
            let ids = waiting.keys.filter { state.outcomes[$0] == nil }
            return ids.compactMap { state.running.removeValue(forKey: $0) }
        }
        for item in unanswered {
            audit(item, .failed(RequestID(0), .transport(TransportFailure(kind: .timeout, detail: "no answer before exit"))))
        }
        let outcomes = state.withLock { $0.outcomes }
        for (id, item) in waiting.sorted(by: { $0.key < $1.key }) {
            let reminder = isDemo || item.entry == nil ? "" : tr("runtime.exit.reminder")
            if let outcome = outcomes[id], outcome.answered {
                say(tr("runtime.exit.finished", Self.name(item.write), outcome.text))
            } else if let outcome = outcomes[id] {
                say(tr("runtime.exit.ended", Self.name(item.write), outcome.text, reminder))
            } else {
                say(tr("runtime.exit.noanswer", Self.name(item.write), Int(seconds), reminder))
            }
            log?.write("exit wait: \(item.write.type.rawValue) \(item.write.method.rawValue) project=\(item.write.projectID) "
                       + (outcomes[id]?.answered == true ? "answered" : "unanswered"))
        }
    }

    /// Returns once no write is running, or when the task is cancelled.
    private func untilNoneRunning() async {
        let id = state.withLock { state -> UInt64 in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now = state.withLock { state -> Bool in
                    if state.running.isEmpty || state.endedWaiters.remove(id) != nil { return true }
                    state.idleWaiters[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                if let waiter = state.idleWaiters.removeValue(forKey: id) { return waiter }
                state.endedWaiters.insert(id)
                return nil
            }
            waiter?.resume()
        }
    }

    private static func name(_ write: InFlightWrite) -> String {
        Sanitizer.sanitize(write.summary, maxCharacters: 160)
    }

    /// Appends the audit line of a finished write. The write has happened
    /// by now, so a line that cannot be written is only logged.
    private func audit(_ finished: Running, _ event: AppEvent) {
        guard let audit = state.withLock({ $0.audit }) else { return }
        do {
            try audit.append(Self.auditRecord(finished.write, who: finished.who, event: event))
        } catch {
            log?.write("audit: \(error)")
        }
    }

    public static func auditRecord(_ write: InFlightWrite, who: String, event: AppEvent, at time: Date = Date()) -> AuditRecord {
        let action: AuditRecord.Action = switch write.method {
        case .post: .create
        case .put: .update
        case .delete: .delete
        }
        var outcome = AuditRecord.Outcome.applied
        var status: Int?
        var errorCode: String?
        switch event {
        case .saved: status = 200
        case .deleted: status = 204
        case .failed(_, let error):
            status = error.status
            errorCode = error.errorCode
            outcome = error.leavesWriteOutcomeUnknown ? .unknown : .failed
        default: break
        }
        var tails: [String: String] = [:]
        for (key, expected) in write.expected ?? [:] {
            if case .maskedTail(let tail) = expected { tails[key] = tail }
        }
        return AuditRecord(
            time: time, baseURL: write.target, who: who, projectID: write.projectID, projectName: write.projectName,
            type: write.type, action: action, outcome: outcome, status: status, errorCode: errorCode,
            secretTails: tails.isEmpty ? nil : tails)
    }

    private static func outcome(of event: AppEvent) -> (answered: Bool, text: String) {
        switch event {
        case .saved: return (true, tr("runtime.outcome.saved"))
        case .deleted: return (true, tr("runtime.outcome.deleted"))
        case .failed(_, let error):
            if let status = error.status {
                let code = error.errorCode.map { " " + Sanitizer.sanitize($0, maxCharacters: 60) } ?? ""
                return (true, tr("runtime.outcome.refused", "\(status)\(code)"))
            }
            return (false, tr("runtime.outcome.noanswer", Sanitizer.sanitize(error.localizedMessage, maxCharacters: 120)))
        default: return (true, tr("runtime.outcome.done"))
        }
    }

    /// One plain line on stderr. Errors are ignored: after a hang-up the
    /// terminal is gone, and nothing should stop the exit for that (stderr
    /// may be a pipe whose reader is gone, so SIGPIPE is ignored first).
    public static func sayOnStandardError(_ text: String) {
        signal(SIGPIPE, SIG_IGN)
        let line = Array("atlas-integrations: \(text)\n".utf8)
        line.withUnsafeBytes { buffer in
            _ = buffer.baseAddress.map { write(STDERR_FILENO, $0, buffer.count) }
        }
    }
}
