import FlyingFox
import Foundation

/// Turns a `SandboxResponse` into FlyingFox's `HTTPResponse`: applies
/// `pretty` and `envelope`, sets media types and extra headers, and shapes
/// the delivery for the truncated-body fault.
struct ResponseEncoder: Sendable {
    var pretty = false
    var envelope = false
    var truncate = false
    /// Close the connection instead of answering (after the request was handled).
    var dropsConnection = false
    var extraHeaders: [(name: String, value: String)] = []

    /// The status the client will see (200 under `envelope`).
    func wireStatus(of response: SandboxResponse) -> Int {
        envelope && response.status != 204 ? 200 : response.status
    }

    func encode(_ response: SandboxResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        let data: [UInt8]
        switch response.body {
        case .none:
            data = []
        case .api(let value):
            headers[.contentType] = APIVersion.contentType
            data = JSONWriter(pretty: pretty).bytes(wrapped(value, status: response.status))
        case .json(let value):
            headers[.contentType] = "application/json"
            data = JSONWriter(pretty: pretty).bytes(wrapped(value, status: response.status))
        case .html(let page):
            headers[.contentType] = "text/html; charset=utf-8"
            data = Array(page.utf8)
        }
        for (name, value) in response.headers + extraHeaders {
            headers.addValue(value, for: HTTPHeader(name))
        }
        let status = HTTPStatusCode(wireStatus(of: response), phrase: HTTPReason.phrase(for: wireStatus(of: response)))
        guard truncate, data.count > 1 else {
            return HTTPResponse(statusCode: status, headers: headers, body: Data(data))
        }
        let body = HTTPBodySequence(from: TruncatedBytes(prefix: Array(data.prefix(data.count / 2))), count: data.count)
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    /// With `envelope=true`, lists gain a `status` member and single
    /// resources become `{"content": …, "status": …}`.
    private func wrapped(_ value: JSONValue, status: Int) -> JSONValue {
        guard envelope else { return value }
        if case .object(var members) = value, members["results"] != nil {
            members["status"] = .int(status)
            return .object(members)
        }
        return .object(["content": value, "status": .int(status)])
    }
}
