/// The HTTP methods the Atlas Administration API uses for these resources.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case delete = "DELETE"

    /// Whether sending the request twice is harmless, so a failure that may
    /// have reached the server can be retried.
    public var isIdempotentRead: Bool { self == .get }
}
