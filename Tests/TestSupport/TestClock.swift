import Foundation
import Synchronization

/// A `Clock` for tests: its time moves only when the test moves it, so a
/// nonce's lifetime, a token's expiry, a rate limit's refill, a backoff or
/// the exit wait is tested without waiting for it.
///
/// Code under test sleeps on it as on any clock. `advance(by:)` moves time
/// on and ends every sleep whose deadline has come; `waitForSleepers`
/// waits (on real time, bounded) until the code under test has started the
/// sleep the test means to end. A clock made with `sleepsEndAtOnce` ends
/// every sleep the moment it starts, moving time to its deadline: for
/// code whose waits must happen but need no timing from the test. Either
/// way `sleeps` records what was asked for, so a test can say how long the
/// code under test would have waited.
public final class TestClock: Clock, Sendable {
    public struct Instant: InstantProtocol, CustomStringConvertible {
        /// How long after the clock was made.
        public var offset: Duration

        public init(offset: Duration) {
            self.offset = offset
        }

        public func advanced(by duration: Duration) -> Instant {
            Instant(offset: offset + duration)
        }

        public func duration(to other: Instant) -> Duration {
            other.offset - offset
        }

        public static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }

        public var description: String { "\(offset)" }
    }

    /// `waitForSleepers` gave up.
    public struct NoSleeper: Error, CustomStringConvertible {
        public let description: String
    }

    private struct Sleeper {
        let id: UInt64
        let deadline: Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var current = Instant(offset: .zero)
        var sleepers: [Sleeper] = []
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0
        var asked: [Duration] = []
    }

    private let state = Mutex(State())
    /// Whether every sleep ends as soon as it starts.
    public let sleepsEndAtOnce: Bool

    public init(sleepsEndAtOnce: Bool = false) {
        self.sleepsEndAtOnce = sleepsEndAtOnce
    }

    public var now: Instant {
        state.withLock { $0.current }
    }

    public var minimumResolution: Duration { .zero }

    /// How long each sleep so far was for, in the order they started.
    public var sleeps: [Duration] {
        state.withLock { $0.asked }
    }

    /// Sleeps started and not yet ended.
    public var pendingSleepers: Int {
        state.withLock { $0.sleepers.count }
    }

    /// The earliest deadline a pending sleep waits for, as an offset from
    /// the clock's start; nil when nothing sleeps.
    public var nextDeadline: Duration? {
        state.withLock { $0.sleepers.map(\.deadline.offset).min() }
    }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        let id = state.withLock { state -> UInt64 in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Result<Void, any Error>? in
                    state.asked.append(state.current.duration(to: deadline))
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if sleepsEndAtOnce {
                        state.current = max(state.current, deadline)
                        return .success(())
                    }
                    if deadline <= state.current { return .success(()) }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let sleeper = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else {
                    state.cancelled.insert(id)
                    return nil
                }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time on by `duration`, ending every sleep due by then
    /// (earliest deadline first).
    public func advance(by duration: Duration) {
        let due = state.withLock { state -> [Sleeper] in
            state.current = state.current.advanced(by: duration)
            let now = state.current
            let due = state.sleepers.filter { $0.deadline <= now }.sorted { $0.deadline < $1.deadline }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Waits until at least `count` sleeps are pending: the code under test
    /// has reached the wait the test is about to end. Gives up after
    /// `limit` of real time, throwing `NoSleeper`.
    public func waitForSleepers(_ count: Int = 1, atMost limit: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + limit
        while pendingSleepers < count {
            guard ContinuousClock.now < deadline else {
                throw NoSleeper(description: "no \(count) sleep(s) started on the test clock within \(limit)")
            }
            try await Task.sleep(for: .milliseconds(1))
        }
    }
}
