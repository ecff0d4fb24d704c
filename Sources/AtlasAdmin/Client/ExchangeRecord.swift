/// What one HTTP exchange did, for the operation log (`--log`) or a request count.
///
/// It holds no header and no body, so nothing secret can reach a log through it.
public struct ExchangeRecord: Sendable, Hashable {
    public var method: HTTPMethod
    /// Path and query (`/api/atlas/v2/groups?pageNum=2`): ids, never secrets.
    public var target: String
    /// The status, or `nil` when no answer came.
    public var status: Int?
    /// The transport failure when no answer came.
    public var failure: TransportFailure.Kind?
    public var duration: Duration
    /// Whether the request carried credentials.
    public var wasAuthorized: Bool

    public init(
        method: HTTPMethod, target: String, status: Int?, failure: TransportFailure.Kind?,
        duration: Duration, wasAuthorized: Bool
    ) {
        self.method = method
        self.target = target
        self.status = status
        self.failure = failure
        self.duration = duration
        self.wasAuthorized = wasAuthorized
    }
}
