/// "Make requests to this route misbehave", for tests of client resilience.
///
/// Rules are set in `SandboxConfiguration.faults`, with
/// `AtlasSandboxServer.addFault(_:)`, or over loopback with
/// `POST /__sandbox/faults` and a JSON body such as
/// `{"route": "GET /api/atlas/v2/groups/*/integrations", "kind": "status", "status": 503, "count": 2}`
/// (`kind` is one of `latency` + `milliseconds`, `status` + `status`,
/// `apiError` + `status` + `detail`, `rateLimited` + `retryAfter`, `connectionReset`, `resetAfterHandling`, `truncatedBody`,
/// `htmlErrorPage` + `status`, `expireNonces`, `expireTokens`; `count`
/// left out means every matching request; `every: N` hits only each N-th). A route may end in a query,
/// `GET /api/atlas/v2/groups?pageNum=7`, to hit only requests carrying
/// those parameters: one page of a list.
///
/// Only requests that pass authentication count against a rule, so a
/// Digest challenge round trip does not use up "fail the next N"; the
/// `expireNonces`/`expireTokens` kinds act before authentication.
public struct FaultRule: Sendable, Equatable, Codable {
    /// The HTTP method to match; nil matches all.
    public var method: String?
    /// Path pattern: `*` is one segment, a trailing `**` any rest; an optional
    /// `?name=value&…` the request's query must contain.
    public var pathPattern: String
    public var kind: FaultKind
    /// How many matching requests fail; nil means all of them.
    public var count: Int?
    /// Hit only every `every`-th matching request (the `every`-th, the
    /// 2×`every`-th …): a steady share of failures (20 for 5 %) that is the
    /// same on every run, unlike a random one. nil or 1: every request.
    public var every: Int?

    public init(method: String?, pathPattern: String, kind: FaultKind, count: Int? = nil, every: Int? = nil) {
        let pattern = RoutePattern(method: method, path: pathPattern)
        self.method = pattern.method
        self.pathPattern = pattern.path
        self.kind = kind
        self.count = count
        self.every = every.map { max(1, $0) }
    }

    /// A rule for `route`, written `"GET /api/atlas/v2/groups/*/integrations"`.
    public init(route: String, kind: FaultKind, count: Int? = nil, every: Int? = nil) {
        let pattern = RoutePattern(route) ?? RoutePattern(method: nil, path: route)
        self.init(method: pattern.method, pathPattern: pattern.path, kind: kind, count: count, every: every)
    }

    /// The route as `"METHOD /pattern"` (`*` for any method).
    public var route: String { "\(method ?? "*") \(pathPattern)" }

    var pattern: RoutePattern { RoutePattern(method: method, path: pathPattern) }

    // MARK: Codable (the admin route's flat JSON shape)

    private enum CodingKeys: String, CodingKey {
        case route, kind, milliseconds, status, detail, retryAfter, count, every
    }

    /// Why a fault body was refused.
    struct DecodingProblem: Error, CustomStringConvertible {
        var description: String
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let routeText = try container.decode(String.self, forKey: .route)
        guard let pattern = RoutePattern(routeText) else {
            throw DecodingProblem(description: "route must look like 'GET /api/atlas/v2/groups/*/integrations'")
        }
        let kindName = try container.decode(String.self, forKey: .kind)
        let kind: FaultKind
        switch kindName {
        case "latency": kind = .latency(milliseconds: try container.decode(Int.self, forKey: .milliseconds))
        case "status": kind = .status(try container.decode(Int.self, forKey: .status))
        case "apiError":
            kind = .apiError(status: try container.decode(Int.self, forKey: .status),
                             detail: try container.decode(String.self, forKey: .detail))
        case "rateLimited": kind = .rateLimited(retryAfter: try container.decodeIfPresent(Int.self, forKey: .retryAfter) ?? 1)
        case "connectionReset": kind = .connectionReset
        case "resetAfterHandling": kind = .resetAfterHandling
        case "truncatedBody": kind = .truncatedBody
        case "htmlErrorPage": kind = .htmlErrorPage(status: try container.decodeIfPresent(Int.self, forKey: .status) ?? 502)
        case "expireNonces": kind = .expireNonces
        case "expireTokens": kind = .expireTokens
        default: throw DecodingProblem(description: "unknown fault kind '\(kindName)'")
        }
        let count = try container.decodeIfPresent(Int.self, forKey: .count)
        if let count, count < 1 { throw DecodingProblem(description: "count must be at least 1") }
        let every = try container.decodeIfPresent(Int.self, forKey: .every)
        if let every, every < 1 { throw DecodingProblem(description: "every must be at least 1") }
        self.init(method: pattern.method, pathPattern: pattern.path, kind: kind, count: count, every: every)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(route, forKey: .route)
        try container.encode(kind.name, forKey: .kind)
        switch kind {
        case .latency(let milliseconds): try container.encode(milliseconds, forKey: .milliseconds)
        case .status(let status), .htmlErrorPage(let status): try container.encode(status, forKey: .status)
        case .apiError(let status, let detail):
            try container.encode(status, forKey: .status)
            try container.encode(detail, forKey: .detail)
        case .rateLimited(let retryAfter): try container.encode(retryAfter, forKey: .retryAfter)
        default: break
        }
        try container.encodeIfPresent(count, forKey: .count)
        try container.encodeIfPresent(every, forKey: .every)
    }
}
