import Foundation

/// One request as the transport sends it: everything already decided (URL,
/// headers including `Authorization`, body, deadline).
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var url: URL
    /// Header names as sent; at most one value per name.
    public var headers: [String: String]
    public var body: Data?
    /// The longest the whole exchange may take.
    public var timeout: Duration
    /// Send on a connection of its own rather than a pooled, kept-alive one.
    /// Set on a read retried after a timeout or a dropped connection: the
    /// pool may still be held by the attempt that failed (or by other slow
    /// reads), and a retry queued behind them would time out in turn.
    public var needsFreshConnection = false

    public init(
        method: HTTPMethod, url: URL, headers: [String: String] = [:], body: Data? = nil,
        timeout: Duration = .seconds(30)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The request-target as the server sees it (`/api/atlas/v2/groups?pageNum=2`):
    /// what Digest authentication signs as `uri`.
    public var requestTarget: String {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return url.path
        }
        var target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { target += "?" + query }
        return target
    }
}
