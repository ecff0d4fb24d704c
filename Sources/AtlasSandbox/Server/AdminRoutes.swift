import FlyingFox
import Foundation

/// Test-only routes under `/__sandbox/`, with no authentication, refused
/// unless the peer is on loopback:
///
/// - `POST /__sandbox/faults` adds a `FaultRule` (JSON body),
///   `GET` lists the active rules, `DELETE` removes them all;
/// - `GET /__sandbox/requests` returns the request log,
///   `DELETE` empties it.
enum AdminRoutes {
    static func handle(_ request: HTTPRequest, core: SandboxCore) async -> HTTPResponse {
        guard isLoopback(request.remoteAddress) else {
            return json(403, ["error": "the /__sandbox/ routes only answer loopback clients"])
        }
        switch (request.method.rawValue, request.path) {
        case ("POST", "/__sandbox/faults"):
            let body = (try? await request.bodyData) ?? Data()
            do {
                let rule = try JSONDecoder().decode(FaultRule.self, from: body)
                core.faults.add(rule)
                return encoded(201, rule)
            } catch let problem as FaultRule.DecodingProblem {
                return json(400, ["error": problem.description])
            } catch {
                return json(400, ["error": "expected a fault rule such as {\"route\": \"GET /api/atlas/v2/groups\", \"kind\": \"status\", \"status\": 503}"])
            }
        case ("GET", "/__sandbox/faults"):
            return encoded(200, core.faults.activeRules)
        case ("DELETE", "/__sandbox/faults"):
            core.faults.clear()
            return HTTPResponse(statusCode: .noContent)
        case ("GET", "/__sandbox/requests"):
            return encoded(200, core.requestLog)
        case ("DELETE", "/__sandbox/requests"):
            core.resetRequestLog()
            return HTTPResponse(statusCode: .noContent)
        default:
            return json(404, ["error": "no such sandbox admin route"])
        }
    }

    static func isLoopback(_ address: HTTPRequest.Address?) -> Bool {
        switch address {
        case .ip4(let ip, _): ip.hasPrefix("127.")
        case .ip6(let ip, _): ip == "::1" || ip.hasPrefix("::ffff:127.")
        case .unix: true
        case .none: false
        }
    }

    private static func json(_ status: Int, _ body: [String: String]) -> HTTPResponse {
        encoded(status, body)
    }

    private static func encoded(_ status: Int, _ value: some Encodable) -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return HTTPResponse(
            statusCode: HTTPStatusCode(status, phrase: HTTPReason.phrase(for: status)),
            headers: [.contentType: "application/json"],
            body: data
        )
    }
}
