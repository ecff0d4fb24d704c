/// The sandbox's time, read from the `Clock` in its configuration.
///
/// Digest nonce and OAuth token lifetimes, the rate limiter's refill and
/// injected latency all read it, so a test moves a test clock on instead
/// of waiting for them. An instant is the time since the sandbox was made.
struct SandboxClock: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    init(_ clock: any Clock<Duration>) {
        self = Self.reading(clock)
    }

    private init(elapsed: @escaping @Sendable () -> Duration, sleeper: @escaping @Sendable (Duration) async throws -> Void) {
        self.elapsed = elapsed
        self.sleeper = sleeper
    }

    private static func reading<C: Clock>(_ clock: C) -> SandboxClock where C.Duration == Duration {
        let start = clock.now
        return SandboxClock(elapsed: { start.duration(to: clock.now) }, sleeper: { try await clock.sleep(for: $0) })
    }

    /// Now: how long since the sandbox was made.
    var now: Duration { elapsed() }

    /// Waits `duration` on the clock; throws when the task is cancelled.
    func sleep(for duration: Duration) async throws {
        try await sleeper(duration)
    }
}
