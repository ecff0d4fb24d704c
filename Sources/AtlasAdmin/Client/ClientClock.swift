/// The client's time, read from the `Clock` in its configuration.
///
/// Retry backoffs and `Retry-After` waits sleep on it, and a
/// service-account token's expiry is measured on it, so a test moves a
/// test clock on instead of waiting. An instant is the time since the
/// client was made. (A request's own timeout is the transport's, on real
/// time: it guards against a real peer that stops answering.)
struct ClientClock: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    init(_ clock: any Clock<Duration>) {
        self = Self.reading(clock)
    }

    private init(elapsed: @escaping @Sendable () -> Duration, sleeper: @escaping @Sendable (Duration) async throws -> Void) {
        self.elapsed = elapsed
        self.sleeper = sleeper
    }

    private static func reading<C: Clock>(_ clock: C) -> ClientClock where C.Duration == Duration {
        let start = clock.now
        return ClientClock(elapsed: { start.duration(to: clock.now) }, sleeper: { try await clock.sleep(for: $0) })
    }

    /// Now: how long since the client was made.
    var now: Duration { elapsed() }

    /// Waits `duration` on the clock; throws when the task is cancelled.
    func sleep(for duration: Duration) async throws {
        try await sleeper(duration)
    }
}
