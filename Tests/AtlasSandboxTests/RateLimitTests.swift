@testable import AtlasSandbox
import TestSupport
import Testing

@Suite struct RateLimitTests {
    @Test func tokenBucketEmptiesIntoRateLimitedTokenBucket() async throws {
        try await withSandbox(SandboxConfiguration(rateLimit: 3)) { (_, client) async throws in
            var remaining: [String] = []
            for _ in 0..<3 {
                let response = try await client.send("GET", "/api/atlas/v2/groups")
                #expect(response.status == 200)
                #expect(response.header("RateLimit-Limit") == "3")
                remaining.append(response.header("RateLimit-Remaining") ?? "")
            }
            #expect(remaining == ["2", "1", "0"])

            let limited = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(limited.status == 429)
            #expect(limited.errorCode == "RATE_LIMITED_TOKEN_BUCKET")
            #expect(limited.json["reason"]?.stringValue == "Too Many Requests")
            let retryAfter = try #require(limited.header("Retry-After").flatMap { Int($0) })
            #expect((1...20).contains(retryAfter))
            #expect(limited.json["detail"]?.stringValue == "Rate limit exceeded for api/atlas/v2/groups. Please retry after \(retryAfter) seconds. Request capacity: 3. Refill rate: 3 per 60 seconds.")
            #expect(limited.json["parameters"] == .array([.string("api/atlas/v2/groups"), .int(retryAfter), .int(3), .int(3), .int(60)]))
            #expect(limited.header("RateLimit-Remaining") == "0")

            // The orgs endpoint set has its own bucket.
            let orgs = try await client.send("GET", "/api/atlas/v2/orgs")
            #expect(orgs.status == 200)
            #expect(orgs.header("RateLimit-Remaining") == "2")
        }
    }

    /// Capacity 3 per 60 s is one token back every 20 s, continuously: an
    /// empty bucket says to retry after exactly the time to the next token,
    /// and that token is there once that time has passed, not before.
    @Test func anEmptyBucketRefillsOneTokenPerCapacityOfAMinute() async throws {
        let clock = TestClock()
        try await withSandbox(SandboxConfiguration(rateLimit: 3, clock: clock)) { (_, client) async throws in
            for _ in 0..<3 { #expect(try await client.send("GET", "/api/atlas/v2/groups").status == 200) }
            let empty = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(empty.status == 429)
            #expect(empty.header("Retry-After") == "20")

            clock.advance(by: .seconds(15))
            let early = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(early.status == 429)
            #expect(early.header("Retry-After") == "5")

            clock.advance(by: .seconds(5))
            let refilled = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(refilled.status == 200)
            #expect(refilled.header("RateLimit-Remaining") == "0")
            #expect(try await client.send("GET", "/api/atlas/v2/groups").status == 429, "one token came back, not more")

            // A long pause refills the bucket to its capacity, no further.
            clock.advance(by: .seconds(3600))
            var remaining: [String] = []
            for _ in 0..<4 {
                let response = try await client.send("GET", "/api/atlas/v2/groups")
                remaining.append(response.status == 200 ? response.header("RateLimit-Remaining") ?? "" : String(response.status))
            }
            #expect(remaining == ["2", "1", "0", "429"])
        }
    }

    @Test func withoutALimitNoRateLimitHeadersAreSent() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(response.header("RateLimit-Limit") == nil)
        }
    }
}
