@testable import AtlasSandbox
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

    @Test func withoutALimitNoRateLimitHeadersAreSent() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", "/api/atlas/v2/groups")
            #expect(response.header("RateLimit-Limit") == nil)
        }
    }
}
