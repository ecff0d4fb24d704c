/// How a request authenticated, as recorded in the request log.
public enum SandboxAuthKind: String, Sendable, Codable, Equatable {
    /// No usable credentials (the request was challenged or is public).
    case none
    /// HTTP Digest with an API key.
    case digest
    /// An OAuth bearer token from `/api/oauth/token`.
    case bearer
    /// HTTP Basic client authentication (token and revoke endpoints).
    case basic
}
