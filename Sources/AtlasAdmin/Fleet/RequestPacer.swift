/// Decides when the next of many reads may start, so a whole fleet is read
/// as fast as Atlas's token bucket lets the caller and no faster.
///
/// Atlas keeps a bucket per endpoint set: `RateLimit-Limit` tokens, one per
/// request, refilled continuously (the reference: the capacity per 60
/// seconds, unless a `429`'s body says another rate). Every answer's
/// `RateLimit-Remaining` resets the estimate of what is left, less the
/// requests still in flight (which the bucket may not have counted yet, so
/// the estimate errs low); each start takes a token from it. With tokens
/// left, up to `maxConcurrent` requests run at once; with none, the next
/// waits until one has refilled. A `429` stops every start until its
/// `Retry-After` has passed (10 s, 20 s, 40 s … when Atlas sent none), after
/// which one token is expected back. Without any `RateLimit-*` header the
/// pacer only bounds concurrency.
///
/// Time is seconds since the loader began, passed in: the pacer is a value
/// that never reads a clock.
struct RequestPacer: Sendable, Equatable {
    let maxConcurrent: Int
    /// The bucket's capacity, from the last `RateLimit-Limit`.
    private(set) var capacity: Int?
    /// Tokens per second the bucket regains.
    private(set) var refillPerSecond: Double?
    /// Whether `refillPerSecond` came from a `429` body (which says it) rather than the capacity.
    private var refillIsStated = false
    /// Tokens left at `estimatedAt`, when anything is known.
    private var tokens: Double?
    private var estimatedAt: Duration = .zero
    /// No start before this (a `Retry-After`).
    private(set) var pausedUntil: Duration?
    /// `429`s since the last good answer, for the backoff without `Retry-After`.
    private var rateLimitedInARow = 0

    /// How long the reference says a bucket takes to refill completely.
    static let assumedRefillSeconds = 60.0
    /// The first wait after a `429` without `Retry-After`; it doubles, up to `maxBackoff`.
    static let firstBackoff: Duration = .seconds(10)
    static let maxBackoff: Duration = .seconds(160)

    enum Decision: Sendable, Equatable {
        /// Start one now (a token was taken).
        case start
        /// As many as may run are running: start the next when one answers.
        case waitForAnswer
        /// Start nothing before this time.
        case wait(until: Duration)
    }

    init(maxConcurrent: Int) {
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// What to do about the next queued read, `inFlight` running.
    mutating func decide(now: Duration, inFlight: Int) -> Decision {
        if let pausedUntil, now < pausedUntil { return .wait(until: pausedUntil) }
        if inFlight >= maxConcurrent { return .waitForAnswer }
        guard let available = tokens(at: now) else { return .start }
        // (A hair under one is one: refills are sums of fractions.)
        if available >= 1 - 1e-9 {
            tokens = available - 1
            estimatedAt = now
            return .start
        }
        guard let rate = refillPerSecond, rate > 0 else {
            // Nothing refills that we know of: one at a time, on answers.
            if inFlight > 0 { return .waitForAnswer }
            tokens = available - 1
            estimatedAt = now
            return .start
        }
        // To the millisecond, so waits are whole numbers of them.
        let milliseconds = max(((1 - available) / rate * 1000).rounded(), 1)
        return .wait(until: now + .milliseconds(Int(milliseconds)))
    }

    /// An answer that was not a `429`, with its headers; `inFlight` are
    /// still running.
    mutating func answered(_ reading: RateLimitReading, now: Duration, inFlight: Int) {
        rateLimitedInARow = 0
        if let limit = reading.limit, limit > 0 {
            capacity = limit
            if !refillIsStated { refillPerSecond = Double(limit) / Self.assumedRefillSeconds }
        }
        if let remaining = reading.remaining {
            tokens = Double(remaining) - Double(inFlight)
            estimatedAt = now
        }
    }

    /// A `429`: pauses every start. `parameters` are the body's (Atlas's
    /// token-bucket error lists endpoint set, retry-after, capacity, refill
    /// and period). Returns how long from `now` nothing starts.
    @discardableResult
    mutating func rateLimited(retryAfter: Int?, parameters: [String] = [], now: Duration) -> Duration {
        rateLimitedInARow += 1
        if parameters.count >= 5, let capacity = Int(parameters[2]), let refill = Int(parameters[3]),
           let period = Int(parameters[4]), capacity > 0, refill > 0, period > 0 {
            self.capacity = capacity
            refillPerSecond = Double(refill) / Double(period)
            refillIsStated = true
        }
        let wait: Duration
        if let retryAfter {
            wait = .seconds(max(retryAfter, 0))
        } else {
            let doublings = min(rateLimitedInARow - 1, 10)
            wait = min(Self.firstBackoff * (1 << doublings), Self.maxBackoff)
        }
        let until = max(pausedUntil ?? .zero, now + wait)
        pausedUntil = until
        // The bucket is empty now; when the wait is over it holds one token.
        if let rate = refillPerSecond, rate > 0 {
            tokens = 1
            estimatedAt = until
        } else {
            tokens = nil
        }
        return until - now
    }

    /// The tokens estimated left at `now`, refilled since the last estimate.
    func tokens(at now: Duration) -> Double? {
        guard let tokens else { return nil }
        guard let rate = refillPerSecond, now > estimatedAt else { return tokens }
        let refilled = tokens + rate * Self.seconds(now - estimatedAt)
        return capacity.map { min(refilled, Double($0)) } ?? refilled
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
