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

    /// Atlas sends its rate headers on every answer; without a limit the
    /// sandbox announces Atlas's observed capacities and never runs dry.
    @Test func withoutALimitTheHeadersSayAtlasCapacitiesAndNothingSpent() async throws {
        try await withSandbox { (_, client) async throws in
            for _ in 0..<3 {
                let groups = try await client.send("GET", "/api/atlas/v2/groups")
                #expect(groups.status == 200)
                #expect(groups.header("RateLimit-Limit") == "1200")
                #expect(groups.header("RateLimit-Remaining") == "1200")
            }
            let orgs = try await client.send("GET", "/api/atlas/v2/orgs")
            #expect(orgs.header("RateLimit-Limit") == "300")
            #expect(orgs.header("RateLimit-Remaining") == "300")
            let unauthenticated = try await client.send("GET", "/api/atlas/v2/groups", as: .none)
            #expect(unauthenticated.status == 401)
            #expect(unauthenticated.header("RateLimit-Limit") == "1200")
        }
    }

    @Test func anInjectedRateLimitSaysTheBucketIsEmpty() async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: "GET /api/atlas/v2/groups", kind: .rateLimited(retryAfter: 3), count: 1))
            let limited = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(limited.status == 429)
            #expect(limited.header("Retry-After") == "3")
            #expect(limited.header("RateLimit-Remaining") == "0")
            #expect(limited.header("RateLimit-Limit") == "1200")
        }
    }

    @Test func theRequestLogSaysWhenEachRequestArrived() async throws {
        let clock = TestClock()
        try await withSandbox(SandboxConfiguration(clock: clock)) { (server, client) async throws in
            _ = try await client.send("GET", "/api/atlas/v2/groups")
            clock.advance(by: .milliseconds(120))
            _ = try await client.send("GET", "/api/atlas/v2/orgs")
            clock.advance(by: .seconds(2))
            _ = try await client.send("GET", "/api/atlas/v2/orgs")
            let times = server.requestLog().filter { $0.path.hasPrefix("/api/atlas/v2/") && $0.status == 200 }
                .map(\.receivedAtMilliseconds)
            #expect(times.suffix(3).map { $0 - times[times.count - 3] } == [0, 120, 2_120])
        }
    }
}
