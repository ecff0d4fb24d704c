import Foundation

/// Everything an `AtlasClient` needs besides its transport.
public struct AtlasClientConfiguration: Sendable {
    /// `https://cloud.mongodb.com`, or a sandbox's loopback URL.
    public var baseURL: URL
    /// `nil` sends requests without credentials.
    public var credentials: AtlasCredentials?
    /// The longest one HTTP exchange may take.
    public var requestTimeout: Duration
    public var retryPolicy: RetryPolicy
    /// `itemsPerPage` for lists (Atlas allows 1 to 500).
    public var pageSize: Int
    /// How many pages of a long list are fetched at once once the total is known.
    public var maxConcurrentPageFetches: Int
    /// How long before expiry a service-account token is replaced.
    public var tokenRefreshMargin: Duration
    public var userAgent: String
    /// Called after every HTTP exchange (for the operation log, `--log`, or a count).
    public var onExchange: (@Sendable (ExchangeRecord) -> Void)?
    /// The time retry waits sleep on and token expiry is measured on: the
    /// real clock, or a test's own, which moves only when the test moves it.
    public var clock: any Clock<Duration>

    public init(
        baseURL: URL,
        credentials: AtlasCredentials?,
        requestTimeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = .default,
        pageSize: Int = 500,
        maxConcurrentPageFetches: Int = 4,
        tokenRefreshMargin: Duration = .seconds(60),
        userAgent: String = UserAgent.default,
        onExchange: (@Sendable (ExchangeRecord) -> Void)? = nil,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.requestTimeout = requestTimeout
        self.retryPolicy = retryPolicy
        self.pageSize = min(500, max(1, pageSize))
        self.maxConcurrentPageFetches = max(1, maxConcurrentPageFetches)
        self.tokenRefreshMargin = tokenRefreshMargin
        self.userAgent = userAgent
        self.onExchange = onExchange
        self.clock = clock
    }

    /// A configuration for what `ConfigurationResolver` found.
    public init(_ resolved: ResolvedConfiguration) {
        self.init(baseURL: resolved.baseURL, credentials: resolved.credentials)
    }
}
