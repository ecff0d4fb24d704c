/// What an injected fault does to a matching request.
public enum FaultKind: Sendable, Equatable {
    /// Waits this long, then answers normally.
    case latency(milliseconds: Int)
    /// Answers with this status (500, 502, 503 …) and an Atlas-shaped `ApiError`.
    case status(Int)
    /// Answers with this status and an `ApiError` whose `detail` and only
    /// parameter are this text, exactly as given: a proxy or a broken server
    /// can put anything there, escape sequences included.
    case apiError(status: Int, detail: String)
    /// Answers 429 `RATE_LIMITED_TOKEN_BUCKET` with this `Retry-After` (seconds).
    case rateLimited(retryAfter: Int)
    /// Closes the connection without sending a byte of response, before the
    /// request is handled (a write is not applied).
    case connectionReset
    /// Handles the request (a write is applied), then closes the connection
    /// without sending a byte of the answer: the write whose answer is lost.
    case resetAfterHandling
    /// Sends the headers (with the full `Content-Length`) and half the body, then closes.
    case truncatedBody
    /// Answers with an HTML page and this status, as a proxy in front of Atlas might.
    case htmlErrorPage(status: Int)
    /// Expires every outstanding Digest nonce before the request is checked.
    case expireNonces
    /// Expires every OAuth access token before the request is checked.
    case expireTokens

    /// Whether the fault acts before authentication (it changes auth state).
    var actsBeforeAuthentication: Bool {
        switch self {
        case .expireNonces, .expireTokens: true
        default: false
        }
    }

    /// The name used in JSON and in the request log.
    var name: String {
        switch self {
        case .latency: "latency"
        case .status: "status"
        case .apiError: "apiError"
        case .rateLimited: "rateLimited"
        case .connectionReset: "connectionReset"
        case .resetAfterHandling: "resetAfterHandling"
        case .truncatedBody: "truncatedBody"
        case .htmlErrorPage: "htmlErrorPage"
        case .expireNonces: "expireNonces"
        case .expireTokens: "expireTokens"
        }
    }
}
