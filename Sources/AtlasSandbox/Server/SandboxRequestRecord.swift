/// One request the sandbox answered, for tests and benchmarks that count
/// HTTP round trips per operation (a Digest call costs two).
public struct SandboxRequestRecord: Sendable, Equatable, Codable {
    public var method: String
    /// The path as sent (percent-encoded), without the query.
    public var path: String
    /// The raw query string, empty if none.
    public var query: String
    /// The status sent; 0 when a fault dropped the connection first.
    public var status: Int
    /// How the request authenticated (`none` if it was challenged).
    public var auth: SandboxAuthKind
    /// The API key or service account that made it, if authenticated.
    public var principal: String?
    /// The injected fault that shaped the answer, if any.
    public var fault: String?
    /// When the request arrived: milliseconds since the sandbox started
    /// (monotonic), so tests can check how long a client waited between two.
    public var receivedAtMilliseconds: Int

    public init(method: String, path: String, query: String = "", status: Int,
                auth: SandboxAuthKind, principal: String? = nil, fault: String? = nil,
                receivedAtMilliseconds: Int = 0) {
        self.receivedAtMilliseconds = receivedAtMilliseconds
        self.method = method
        self.path = path
        self.query = query
        self.status = status
        self.auth = auth
        self.principal = principal
        self.fault = fault
    }
}
