import Foundation

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
public final class TestClock: Clock, @unchecked Sendable {
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

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var sleepers: [Sleeper] = []
    private var cancelled: Set<UInt64> = []
    private var nextID: UInt64 = 0
    private var asked: [Duration] = []
    /// Whether every sleep ends as soon as it starts.
    public let sleepsEndAtOnce: Bool

    public init(sleepsEndAtOnce: Bool = false) {
        self.sleepsEndAtOnce = sleepsEndAtOnce
    }

    public var now: Instant {
        lock.withLock { current }
    }

    public var minimumResolution: Duration { .zero }

    /// How long each sleep so far was for, in the order they started.
    public var sleeps: [Duration] {
        lock.withLock { asked }
    }

    /// Sleeps started and not yet ended.
    public var pendingSleepers: Int {
        lock.withLock { sleepers.count }
    }

    /// The earliest deadline a pending sleep waits for, as an offset from
    /// the clock's start; nil when nothing sleeps.
    public var nextDeadline: Duration? {
        lock.withLock { sleepers.map(\.deadline.offset).min() }
    }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        let id = lock.withLock { () -> UInt64 in
            nextID += 1
            return nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = lock.withLock { () -> Result<Void, any Error>? in
                    asked.append(current.duration(to: deadline))
                    if cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if sleepsEndAtOnce {
                        current = max(current, deadline)
                        return .success(())
                    }
                    if deadline <= current { return .success(()) }
                    sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let sleeper = lock.withLock { () -> Sleeper? in
                guard let index = sleepers.firstIndex(where: { $0.id == id }) else {
                    cancelled.insert(id)
                    return nil
                }
                return sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time on by `duration`, ending every sleep due by then
    /// (earliest deadline first).
    public func advance(by duration: Duration) {
        let due = lock.withLock { () -> [Sleeper] in
            current = current.advanced(by: duration)
            let due = sleepers.filter { $0.deadline <= current }.sorted { $0.deadline < $1.deadline }
            sleepers.removeAll { $0.deadline <= current }
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
