/// How to run a sandbox: where to listen, what data to start with, which
/// credentials to accept, and which limits and faults to apply.
public struct SandboxConfiguration: Sendable {
    /// The address to bind; loopback by default.
    public var host: String
    /// The port to bind; 0 picks a free one (see `AtlasSandboxServer.start()`).
    public var port: UInt16
    /// The data a new sandbox starts with; ignored when `stateFile` exists.
    public var seed: SandboxSeed
    /// API keys accepted with HTTP Digest.
    public var apiKeys: [SandboxAPIKey]
    /// Service accounts accepted by `/api/oauth/token`.
    public var serviceAccounts: [SandboxServiceAccount]
    /// Token-bucket capacity per endpoint set (`api/atlas/v2/orgs`,
    /// `api/atlas/v2/groups`). The bucket refills continuously at `rateLimit`
    /// tokens per 60 seconds; an empty bucket answers 429
    /// `RATE_LIMITED_TOKEN_BUCKET`. nil disables limiting; the `RateLimit-*`
    /// headers are still sent, as Atlas sends them, with Atlas's observed
    /// capacity (1200, `/orgs` 300) and a bucket that never empties.
    public var rateLimit: Int?
    /// A JSON file that holds the state across restarts, rewritten
    /// atomically after every change; nil keeps everything in memory.
    public var stateFile: String?
    /// How long a Digest nonce stays valid before `stale=true`.
    public var nonceLifetime: Duration
    /// How long an OAuth access token stays valid (Atlas: one hour).
    public var tokenLifetime: Duration
    /// Faults active from the start.
    public var faults: [FaultRule]
    /// The time nonce and token lifetimes, the rate limit's refill and
    /// injected latency are measured on: the real clock, or a test's own,
    /// which moves only when the test moves it.
    public var clock: any Clock<Duration>

    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 0,
        seed: SandboxSeed = .demo,
        apiKeys: [SandboxAPIKey] = [.demo, .demoReadOnly],
        serviceAccounts: [SandboxServiceAccount] = [.demo],
        rateLimit: Int? = nil,
        stateFile: String? = nil,
        nonceLifetime: Duration = .seconds(300),
        tokenLifetime: Duration = .seconds(3600),
        faults: [FaultRule] = [],
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.apiKeys = apiKeys
        self.serviceAccounts = serviceAccounts
        self.rateLimit = rateLimit
        self.stateFile = stateFile
        self.nonceLifetime = nonceLifetime
        self.tokenLifetime = tokenLifetime
        self.faults = faults
        self.clock = clock
    }
}
