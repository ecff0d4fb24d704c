/// A response as a value, before it is encoded for the wire.
///
/// Handlers only build these; `ResponseEncoder` applies `pretty`,
/// `envelope`, media types and headers, so no handler touches the socket.
struct SandboxResponse: Sendable {
    enum Body: Sendable {
        case none
        /// An Admin API body (`application/vnd.atlas.2023-01-01+json`).
        case api(JSONValue)
        /// Plain JSON (`application/json`): errors, OAuth, admin routes.
        case json(JSONValue)
        /// An HTML page (a proxy's error page).
        case html(String)
    }

    var status: Int
    var body: Body
    var headers: [(name: String, value: String)] = []

    static func api(_ value: JSONValue, status: Int = 200) -> SandboxResponse {
        SandboxResponse(status: status, body: .api(value))
    }

    static func json(_ value: JSONValue, status: Int = 200) -> SandboxResponse {
        SandboxResponse(status: status, body: .json(value))
    }

    static let noContent = SandboxResponse(status: 204, body: .none)

    init(status: Int, body: Body, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    init(_ failure: ApiFailure) {
        self.init(status: failure.status, body: .json(failure.body), headers: failure.headers)
    }
}
