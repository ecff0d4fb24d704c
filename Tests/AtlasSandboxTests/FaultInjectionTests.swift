@testable import AtlasSandbox
import Foundation
import TestSupport
import Testing

@Suite struct FaultInjectionTests {
    let route = "GET /api/atlas/v2/groups/*/integrations"
    var path: String { Paths.integrations(DemoSeed.paymentsProjectID) }

    @Test func statusFaultFailsTheNextNThenRecovers() async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .status(503), count: 2))
            let first = try await client.send("GET", path)
            #expect(first.status == 503)
            #expect(first.errorCode == "SERVICE_UNAVAILABLE")
            #expect(first.json["reason"]?.stringValue == "Service Unavailable")
            #expect(try await client.send("GET", path).status == 503)
            #expect(try await client.send("GET", path).status == 200)
            // Other routes were never affected.
            #expect(server.requestLog().filter { $0.fault != nil }.count == 2)
        }
    }

    @Test(arguments: [500, 502])
    func serverErrorsHaveAtlasShape(status: Int) async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .status(status)))
            let response = try await client.send("GET", path)
            #expect(response.status == status)
            #expect(response.json["error"]?.intValue == status)
            #expect(response.errorCode != nil)
            #expect(try await client.send("GET", path).status == status) // no count: every request
        }
    }

    @Test func rateLimitedFaultSendsRetryAfter() async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .rateLimited(retryAfter: 7), count: 1))
            let response = try await client.send("GET", path)
            #expect(response.status == 429)
            #expect(response.header("Retry-After") == "7")
            #expect(response.errorCode == "RATE_LIMITED_TOKEN_BUCKET")
        }
    }

    @Test func htmlErrorPageLooksLikeAProxy() async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .htmlErrorPage(status: 502), count: 1))
            let response = try await client.send("GET", path)
            #expect(response.status == 502)
            #expect(response.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(response.text.contains("<h1>502 Bad Gateway</h1>"))
            #expect(response.json == .null)
        }
    }

    /// Bearer auth keeps this about the fault: HTTP clients such as libcurl
    /// retry a request once when a reused connection dies before any
    /// response byte, and a Digest retry would be refused as an nc replay.
    @Test func connectionResetGivesTheClientNoResponse() async throws {
        try await withSandbox { (server, client) async throws in
            let token = try await client.token()
            server.addFault(FaultRule(route: route, kind: .connectionReset))
            await #expect(throws: (any Error).self) { try await client.send("GET", path, as: .bearer(token)) }
            let dropped = server.requestLog().filter { $0.fault == "connectionReset" }
            #expect(!dropped.isEmpty && dropped.allSatisfy { $0.status == 0 })
            server.clearFaults()
            #expect(try await client.send("GET", path, as: .bearer(token)).status == 200)
        }
    }

    @Test func truncatedBodyEndsBeforeContentLength() async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .truncatedBody, count: 1))
            let outcome: Result<TestResponse, any Error>
            do {
                outcome = .success(try await client.send("GET", path))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .failure:
                break // URLSession reports the short read as an error
            case .success(let response):
                let declared = Int(response.header("Content-Length") ?? "") ?? 0
                #expect(response.body.count < declared, "a truncated body must be shorter than declared")
                #expect(response.json == .null)
            }
            #expect(try await client.send("GET", path).json["totalCount"]?.intValue == 2)
        }
    }

    /// The answer is held for the latency on the sandbox's clock, then
    /// given as without the fault.
    @Test func latencyDelaysButAnswersNormally() async throws {
        let clock = TestClock()
        try await withSandbox(SandboxConfiguration(clock: clock)) { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .latency(milliseconds: 200), count: 1))
            let path = self.path
            let answer = Task { try await client.send("GET", path) }
            try await clock.waitForSleepers(1)
            #expect(clock.sleeps == [.milliseconds(200)])
            #expect(server.requestLog().filter { $0.status == 200 }.isEmpty, "not answered while held")
            clock.advance(by: .milliseconds(199))
            #expect(clock.pendingSleepers == 1, "still held 1 ms before the latency is over")
            clock.advance(by: .milliseconds(1))
            let response = try await answer.value
            #expect(response.status == 200)
            #expect(response.json["totalCount"]?.intValue == 2)
            #expect(server.requestLog().last?.fault == "latency")
        }
    }

    @Test func faultsCountOnlyAuthenticatedRequests() async throws {
        try await withSandbox { (server, client) async throws in
            server.addFault(FaultRule(route: route, kind: .status(500), count: 1))
            // The Digest challenge round trip passes; the authenticated request takes the fault.
            #expect(try await client.send("GET", path).status == 500)
            #expect(server.requestLog().map(\.status) == [401, 500])
        }
    }

    @Test func faultsCanBeSetAtStartAndCleared() async throws {
        let rule = FaultRule(route: "* /api/atlas/v2/**", kind: .status(500))
        try await withSandbox(SandboxConfiguration(faults: [rule])) { (server, client) async throws in
            #expect(try await client.send("GET", "/api/atlas/v2/orgs").status == 500)
            server.clearFaults()
            #expect(try await client.send("GET", "/api/atlas/v2/orgs").status == 200)
        }
    }

    @Test func adminRoutesAddListAndClearFaultsAndShowTheLog() async throws {
        try await withSandbox { (server, client) async throws in
            let rule = #"{"route":"GET /api/atlas/v2/orgs","kind":"status","status":503,"count":1}"#
            let added = try await client.raw("POST", "/__sandbox/faults", body: rule)
            #expect(added.status == 201)
            let listed = try await client.raw("GET", "/__sandbox/faults")
            #expect(listed.json[0]?["route"]?.stringValue == "GET /api/atlas/v2/orgs")
            #expect(try await client.send("GET", "/api/atlas/v2/orgs").status == 503)

            _ = try await client.raw("POST", "/__sandbox/faults", body: #"{"route":"GET /api/atlas/v2/orgs","kind":"status","status":500}"#)
            #expect(try await client.raw("DELETE", "/__sandbox/faults").status == 204)
            #expect(try await client.send("GET", "/api/atlas/v2/orgs").status == 200)

            let log = try await client.raw("GET", "/__sandbox/requests")
            #expect(log.json.arrayValue?.count == 4)
            #expect(log.json[1]?["status"]?.intValue == 503)
            #expect(server.requestLog().count == 4) // admin calls are not logged

            let bad = try await client.raw("POST", "/__sandbox/faults", body: #"{"route":"GET /x","kind":"explode"}"#)
            #expect(bad.status == 400)
            #expect(bad.json["error"]?.stringValue?.contains("explode") == true)
            #expect(try await client.raw("DELETE", "/__sandbox/requests").status == 204)
            #expect(server.requestLog().isEmpty)
        }
    }

    @Test func adminRoutesOnlyAnswerLoopbackPeers() {
        #expect(AdminRoutes.isLoopback(.ip4("127.0.0.1", port: 5000)))
        #expect(AdminRoutes.isLoopback(.ip6("::1", port: 5000)))
        #expect(!AdminRoutes.isLoopback(.ip4("192.168.1.20", port: 5000)))
        #expect(!AdminRoutes.isLoopback(.ip6("fe80::1", port: 5000)))
        #expect(!AdminRoutes.isLoopback(nil))
    }

    @Test func routePatternsMatchOneSegmentOrTheRest() throws {
        let one = try #require(RoutePattern("GET /api/atlas/v2/groups/*/integrations"))
        #expect(one.matches(method: "GET", path: "/api/atlas/v2/groups/abc/integrations"))
        #expect(!one.matches(method: "POST", path: "/api/atlas/v2/groups/abc/integrations"))
        #expect(!one.matches(method: "GET", path: "/api/atlas/v2/groups/abc/integrations/PAGER_DUTY"))
        let rest = try #require(RoutePattern("* /api/atlas/v2/**"))
        #expect(rest.matches(method: "DELETE", path: "/api/atlas/v2/groups/abc/integrations/PAGER_DUTY"))
        #expect(!rest.matches(method: "GET", path: "/api/oauth/token"))
        #expect(RoutePattern("GET groups") == nil)
    }

    /// A route with a query hits one page of a list and no other.
    @Test func routePatternsCanRequireQueryParameters() throws {
        let page = try #require(RoutePattern("GET /api/atlas/v2/groups?pageNum=7"))
        let list = "/api/atlas/v2/groups"
        #expect(page.matches(method: "GET", path: list, query: [("itemsPerPage", "500"), ("pageNum", "7")]))
        #expect(!page.matches(method: "GET", path: list, query: [("pageNum", "17")]))
        #expect(!page.matches(method: "GET", path: list))
        #expect(page.path == "/api/atlas/v2/groups?pageNum=7")
        let rule = FaultRule(route: "GET /api/atlas/v2/groups?pageNum=7", kind: .status(503), count: 1)
        #expect(try JSONDecoder().decode(FaultRule.self, from: JSONEncoder().encode(rule)) == rule)
    }

    /// A proxy or a broken server can say anything in an error body; this
    /// fault sends a chosen detail byte for byte (as JSON escapes on the wire).
    @Test func apiErrorFaultSendsTheGivenDetailVerbatim() async throws {
        try await withSandbox { (server, client) async throws in
            let detail = "Bad \u{1B}]52;c;ZWNobyBwd25lZA==\u{7}\u{9B}2J\u{202E}\u{0}!"
            let body = try JSONSerialization.data(withJSONObject: [
                "route": route, "kind": "apiError", "status": 500, "detail": detail, "count": 1,
            ])
            #expect(try await client.raw("POST", "/__sandbox/faults", body: String(decoding: body, as: UTF8.self)).status == 201)
            let failed = try await client.send("GET", path)
            #expect(failed.status == 500)
            #expect(failed.json["detail"]?.stringValue == detail)
            #expect(failed.json["parameters"]?[0]?.stringValue == detail)
            #expect(failed.json["errorCode"]?.stringValue == "UNEXPECTED_ERROR")
            #expect(server.requestLog().last?.fault == "apiError")
            #expect(try await client.send("GET", path).status == 200)
        }
    }

    @Test func faultRulesRoundTripThroughJSON() throws {
        let rules = [
            FaultRule(route: "GET /a/*", kind: .latency(milliseconds: 250), count: 3),
            FaultRule(route: "/b", kind: .htmlErrorPage(status: 504)),
            FaultRule(method: "put", pathPattern: "/c/**", kind: .rateLimited(retryAfter: 9), count: 1),
            FaultRule(route: "POST /d", kind: .apiError(status: 400, detail: "bad \u{1B}]0;title\u{7} \u{0}"), count: 1),
        ]
        for rule in rules {
            let data = try JSONEncoder().encode(rule)
            #expect(try JSONDecoder().decode(FaultRule.self, from: data) == rule)
        }
        #expect(rules[2].route == "PUT /c/**")
        #expect(rules[1].route == "* /b")
    }
}
