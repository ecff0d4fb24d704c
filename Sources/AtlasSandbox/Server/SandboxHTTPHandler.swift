import FlyingFox
import Foundation

/// The request pipeline, in Atlas's order: admin routes aside; faults that
/// change auth state; routing; authentication (401 with challenges);
/// injected faults; API version; rate limit; `pretty`/`envelope`; the
/// route's handler; encoding. Every API request lands in the request log.
struct SandboxHTTPHandler: HTTPHandler {
    let core: SandboxCore

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.path
        if path == "/__sandbox" || path.hasPrefix("/__sandbox/") {
            return await AdminRoutes.handle(request, core: core)
        }
        var record = SandboxRequestRecord(
            method: request.method.rawValue, path: path, query: request.target.query(), status: 0, auth: .none,
            receivedAtMilliseconds: core.elapsedMilliseconds
        )
        let response = await process(request, record: &record)
        core.record(record)
        return response
    }

    private func process(_ request: HTTPRequest, record: inout SandboxRequestRecord) async -> HTTPResponse {
        let method = request.method.rawValue, path = request.path
        applyAuthStateFaults(method: method, path: path)

        let route: Route, parameters: [String: String]
        switch RouteTable.router.resolve(method: method, path: path) {
        case .notFound: return finish(SandboxResponse(.resourceNotFound(path)), &record)
        case .methodNotAllowed: return finish(SandboxResponse(.methodNotAllowed(method, path)), &record)
        case let .matched(matched, parameters: captured): (route, parameters) = (matched, captured)
        }

        var principal: Principal?
        var encoder = ResponseEncoder()
        let endpointSet = RateLimiter.endpointSet(for: path)
        if route.access == .api {
            let outcome = core.authenticator.authenticate(
                authorization: request.headers[.authorization], method: method, target: request.target.rawValue
            )
            switch outcome {
            case .failure(let failure):
                encoder.extraHeaders = rateHeaders(endpointSet, remaining: core.rateLimiter?.remaining(endpointSet))
                return finish(SandboxResponse(failure), &record, encoder)
            case .success(let caller):
                principal = caller
                record.auth = caller.kind
                record.principal = caller.name
            }
        } else if Authenticator.basicCredentials(request.headers[.authorization]) != nil {
            record.auth = .basic
        }

        let queryItems = request.query.map { (name: $0.name, value: $0.value) }
        if let faulted = await applyFaults(method: method, path: path, query: queryItems, endpointSet: endpointSet,
                                           record: &record, encoder: &encoder) {
            return faulted
        }

        if route.access == .api {
            do {
                try APIVersion.check(accept: request.headers[HTTPHeader("Accept")])
                if let limiter = core.rateLimiter {
                    switch limiter.consume(endpointSet) {
                    case .allowed(let remaining):
                        encoder.extraHeaders += rateHeaders(endpointSet, remaining: remaining)
                    case .limited(let retryAfter):
                        encoder.extraHeaders += rateHeaders(endpointSet, remaining: 0)
                        throw ApiFailure.rateLimited(endpointSet: endpointSet, retryAfter: retryAfter,
                                                     capacity: limiter.capacity, refill: limiter.capacity,
                                                     perSeconds: RateLimiter.refillSeconds)
                    }
                } else {
                    encoder.extraHeaders += rateHeaders(endpointSet, remaining: nil)
                }
                let query = QueryParameters(request.query.map { ($0.name, $0.value) })
                encoder.pretty = try query.flag("pretty", default: false)
                encoder.envelope = try query.flag("envelope", default: false)
            } catch let failure as ApiFailure {
                return finish(SandboxResponse(failure), &record, encoder)
            } catch {
                return finish(SandboxResponse(.unexpectedError), &record, encoder)
            }
        }

        let body = (try? await request.bodyData) ?? Data()
        let context = RequestContext(
            method: method, path: path, parameters: parameters,
            query: QueryParameters(request.query.map { ($0.name, $0.value) }),
            body: body, authorization: request.headers[.authorization], principal: principal,
            baseURL: "http://" + (request.headers[.host] ?? "127.0.0.1")
        )
        let response: SandboxResponse
        do {
            response = try route.handler(context, core)
        } catch {
            response = SandboxResponse(error)
        }
        if encoder.dropsConnection {
            record.status = 0
            return HTTPResponse(webSocket: ConnectionDropper())
        }
        return finish(response, &record, encoder)
    }

    private func finish(_ response: SandboxResponse, _ record: inout SandboxRequestRecord,
                        _ encoder: ResponseEncoder = ResponseEncoder()) -> HTTPResponse {
        record.status = encoder.wireStatus(of: response)
        return encoder.encode(response)
    }

    /// `RateLimit-Limit` and `RateLimit-Remaining`, on every API answer as
    /// Atlas sends them. Without `--rate-limit` nothing is limited: the
    /// headers give Atlas's observed capacity for the endpoint set and a
    /// bucket that never empties (`remaining` nil).
    private func rateHeaders(_ endpointSet: String, remaining: Int?) -> [(name: String, value: String)] {
        let capacity = core.rateLimiter?.capacity ?? RateLimiter.observedCapacity(endpointSet)
        return [("RateLimit-Limit", String(capacity)), ("RateLimit-Remaining", String(remaining ?? capacity))]
    }

    private func applyAuthStateFaults(method: String, path: String) {
        for kind in core.faults.take(beforeAuthentication: true, method: method, path: path) {
            switch kind {
            case .expireNonces: core.authenticator.digest.expireAllNonces()
            case .expireTokens: core.authenticator.tokens.expireAll()
            default: break
            }
        }
    }

    /// Applies the faults that hit an authenticated request: latency first,
    /// then the first answer-replacing fault; a truncated body only marks
    /// the encoder. Returns the response to send instead, if any.
    private func applyFaults(method: String, path: String, query: [(name: String, value: String)], endpointSet: String,
                             record: inout SandboxRequestRecord, encoder: inout ResponseEncoder) async -> HTTPResponse? {
        let hits = core.faults.take(beforeAuthentication: false, method: method, path: path, query: query)
        guard !hits.isEmpty else { return nil }
        record.fault = hits.map(\.name).joined(separator: ",")
        for case .latency(let milliseconds) in hits {
            try? await core.clock.sleep(for: .milliseconds(milliseconds))
        }
        for hit in hits {
            switch hit {
            case .status(let status):
                return finish(SandboxResponse(.injected(status: status)), &record)
            case .apiError(let status, let detail):
                return finish(SandboxResponse(.injected(status: status, detail: detail)), &record)
            case .rateLimited(let retryAfter):
                let capacity = core.rateLimiter?.capacity ?? RateLimiter.observedCapacity(endpointSet)
                var limited = encoder
                limited.extraHeaders = rateHeaders(endpointSet, remaining: 0)
                return finish(SandboxResponse(.rateLimited(endpointSet: endpointSet, retryAfter: retryAfter,
                                                           capacity: capacity, refill: capacity,
                                                           perSeconds: RateLimiter.refillSeconds)), &record, limited)
            case .htmlErrorPage(let status):
                return finish(SandboxResponse(status: status, body: .html(Self.htmlPage(status))), &record)
            case .connectionReset:
                record.status = 0
                return HTTPResponse(webSocket: ConnectionDropper())
            case .truncatedBody:
                encoder.truncate = true
            case .resetAfterHandling:
                encoder.dropsConnection = true
            default:
                break
            }
        }
        return nil
    }

    static func htmlPage(_ status: Int) -> String {
        let title = "\(status) \(HTTPReason.phrase(for: status))"
        return "<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n"
            + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    }
}
