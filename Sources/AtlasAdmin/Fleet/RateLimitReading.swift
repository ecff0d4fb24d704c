/// What Atlas said about the caller's rate budget for an endpoint set: the
/// bucket's capacity (`RateLimit-Limit`) and the tokens left after this
/// request (`RateLimit-Remaining`). Atlas may leave either out.
public struct RateLimitReading: Sendable, Hashable {
    public var limit: Int?
    public var remaining: Int?

    public init(limit: Int? = nil, remaining: Int? = nil) {
        self.limit = limit
        self.remaining = remaining
    }

    /// The headers of `response`.
    public init(_ response: HTTPResponse) {
        self.init(limit: response.rateLimitLimit, remaining: response.rateLimitRemaining)
    }
}

extension HTTPResponse {
    /// `RateLimit-Limit`, when Atlas sent it.
    public var rateLimitLimit: Int? {
        header("RateLimit-Limit").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
