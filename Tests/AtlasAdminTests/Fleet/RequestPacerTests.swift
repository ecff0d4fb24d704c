@testable import AtlasAdmin
import Testing

/// When the next of many reads may start: Atlas's headers and 429s in,
/// decisions out, time passed in as seconds.
@Suite struct RequestPacerTests {
    @Test func withoutRateHeadersOnlyConcurrencyIsBounded() {
        var pacer = RequestPacer(maxConcurrent: 3)
        #expect(pacer.decide(now: .zero, inFlight: 0) == .start)
        #expect(pacer.decide(now: .zero, inFlight: 1) == .start)
        #expect(pacer.decide(now: .zero, inFlight: 2) == .start)
        #expect(pacer.decide(now: .zero, inFlight: 3) == .waitForAnswer)
        pacer.answered(RateLimitReading(), now: .seconds(1), inFlight: 2)
        #expect(pacer.decide(now: .seconds(1), inFlight: 2) == .start)
    }

    @Test func tokensLeftAreSpentThenOneStartsPerRefill() {
        // 60 a minute: one token a second.
        var pacer = RequestPacer(maxConcurrent: 6)
        pacer.answered(RateLimitReading(limit: 60, remaining: 2), now: .seconds(10), inFlight: 0)
        #expect(pacer.decide(now: .seconds(10), inFlight: 0) == .start)
        #expect(pacer.decide(now: .seconds(10), inFlight: 1) == .start)
        #expect(pacer.decide(now: .seconds(10), inFlight: 2) == .wait(until: .seconds(11)))
        #expect(pacer.decide(now: .seconds(11), inFlight: 2) == .start)
        #expect(pacer.decide(now: .seconds(11), inFlight: 3) == .wait(until: .seconds(12)))
    }

    @Test func requestsInFlightCountAgainstWhatIsLeft() {
        var pacer = RequestPacer(maxConcurrent: 6)
        // Three still running may not have been counted by Atlas yet.
        pacer.answered(RateLimitReading(limit: 60, remaining: 4), now: .zero, inFlight: 3)
        #expect(pacer.decide(now: .zero, inFlight: 3) == .start)
        #expect(pacer.decide(now: .zero, inFlight: 4) == .wait(until: .seconds(1)))
    }

    @Test func aRateLimitStopsEveryStartUntilRetryAfterHasPassed() {
        var pacer = RequestPacer(maxConcurrent: 6)
        pacer.answered(RateLimitReading(limit: 60, remaining: 0), now: .zero, inFlight: 0)
        let wait = pacer.rateLimited(retryAfter: 30, now: .seconds(5))
        #expect(wait == .seconds(30))
        #expect(pacer.decide(now: .seconds(5), inFlight: 0) == .wait(until: .seconds(35)))
        #expect(pacer.decide(now: .seconds(34.9), inFlight: 0) == .wait(until: .seconds(35)))
        // Then one token, and one more a second.
        #expect(pacer.decide(now: .seconds(35), inFlight: 0) == .start)
        #expect(pacer.decide(now: .seconds(35), inFlight: 1) == .wait(until: .seconds(36)))
        // A second 429 from a request already in flight does not shorten the wait.
        pacer.rateLimited(retryAfter: 1, now: .seconds(6))
        #expect(pacer.pausedUntil == .seconds(35))
    }

    @Test func withoutRetryAfterTheWaitDoublesFromTenSeconds() {
        var pacer = RequestPacer(maxConcurrent: 2)
        #expect(pacer.rateLimited(retryAfter: nil, now: .zero) == .seconds(10))
        #expect(pacer.rateLimited(retryAfter: nil, now: .seconds(10)) == .seconds(20))
        #expect(pacer.rateLimited(retryAfter: nil, now: .seconds(30)) == .seconds(40))
        pacer.answered(RateLimitReading(), now: .seconds(70), inFlight: 0)
        #expect(pacer.rateLimited(retryAfter: nil, now: .seconds(70)) == .seconds(10))
    }

    @Test func theRefillRateAtlasStatesInA429BodyIsUsed() {
        // "Request capacity: 10. Refill rate: 5 per 60 seconds."
        var pacer = RequestPacer(maxConcurrent: 6)
        pacer.answered(RateLimitReading(limit: 10, remaining: 0), now: .zero, inFlight: 0)
        pacer.rateLimited(retryAfter: 12, parameters: ["api/atlas/v2/groups", "12", "10", "5", "60"], now: .zero)
        #expect(pacer.refillPerSecond == 5.0 / 60)
        #expect(pacer.decide(now: .seconds(12), inFlight: 0) == .start)
        #expect(pacer.decide(now: .seconds(12), inFlight: 1) == .wait(until: .seconds(24)))
        // A later RateLimit-Limit does not overrule the stated rate.
        pacer.answered(RateLimitReading(limit: 10, remaining: 0), now: .seconds(13), inFlight: 0)
        #expect(pacer.refillPerSecond == 5.0 / 60)
    }
}
