/// When the client sends a request again, and how long it waits first.
///
/// Only requests that are safe to repeat (GETs, token requests) are retried
/// after `500`/`502`/`503`/`504`, a dropped connection or a timeout, since a
/// write may have been carried out before the failure. A `429` is retried
/// for every method: Atlas refuses a rate-limited request before doing it.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts per call, the first included (1 = never retry).
    public var maxAttempts: Int
    /// The backoff before the second attempt; it doubles each time, with jitter.
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// The longest `Retry-After` the client waits out; a longer one is
    /// reported to the caller at once rather than hanging the UI.
    public var maxRetryAfter: Duration
    /// Statuses retried for requests that are safe to repeat.
    public var retryableStatuses: Set<Int>

    public init(
        maxAttempts: Int = 3, initialBackoff: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(30), retryableStatuses: Set<Int> = [500, 502, 503, 504]
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.retryableStatuses = retryableStatuses
    }

    public static let `default` = RetryPolicy()

    /// Never retry (each call is one attempt, plus an authentication retry).
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The jittered exponential backoff after failed attempt `attempt` (1-based):
    /// half the nominal delay plus a random part of the other half.
    func backoff(afterAttempt attempt: Int) -> Duration {
        let nominal = min(maxBackoff, initialBackoff * (1 << min(attempt - 1, 20)))
        let half = nominal / 2
        let jitterMilliseconds = Int(half / .milliseconds(1))
        return half + .milliseconds(Int.random(in: 0...max(0, jitterMilliseconds)))
    }

    /// How long to wait after a response with `status` (and `Retry-After`
    /// seconds), or `nil` when not to retry.
    func delay(afterAttempt attempt: Int, status: Int, retryAfter: Int?, safeToRepeat: Bool) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        if status == 429 {
            guard let retryAfter else { return backoff(afterAttempt: attempt) }
            let wait = Duration.seconds(max(0, retryAfter))
            return wait <= maxRetryAfter ? wait : nil
        }
        guard safeToRepeat, retryableStatuses.contains(status) else { return nil }
        if status == 503, let retryAfter {
            let wait = Duration.seconds(max(0, retryAfter))
            return wait <= maxRetryAfter ? wait : nil
        }
        return backoff(afterAttempt: attempt)
    }

    /// How long to wait after a transport failure, or `nil` when not to retry.
    func delay(afterAttempt attempt: Int, failure: TransportFailure, safeToRepeat: Bool) -> Duration? {
        guard attempt < maxAttempts, safeToRepeat else { return nil }
        switch failure.kind {
        case .reset, .timeout: return backoff(afterAttempt: attempt)
        case .refused, .tls, .dns, .malformedBody, .other: return nil
        }
    }
}
