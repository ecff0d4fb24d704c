import Synchronization

/// The sandbox's shared state: data, credentials, limits, faults and the
/// request log. Every member is safe to use from concurrent handlers.
final class SandboxCore: Sendable {
    let configuration: SandboxConfiguration
    let authenticator: Authenticator
    let faults: FaultInjector
    let rateLimiter: RateLimiter?
    let clock: SandboxClock
    private let store: Mutex<SandboxStore>
    private let stateFile: StateFile?
    private let log = Mutex<[SandboxRequestRecord]>([])

    /// Loads the state file if there is one (a bad file throws), else
    /// seeds; a new state file is written at once so restarts find it.
    init(configuration: SandboxConfiguration) throws(SandboxError) {
        self.configuration = configuration
        let file = configuration.stateFile.map(StateFile.init(path:))
        let initial: SandboxState
        if let loaded = try file?.load() {
            initial = loaded
        } else {
            initial = SeedBuilder.state(for: configuration.seed)
            try file?.save(initial)
        }
        stateFile = file
        store = Mutex(SandboxStore(state: initial))
        let clock = SandboxClock(configuration.clock)
        self.clock = clock
        authenticator = Authenticator(
            digest: DigestAuthenticator(keys: configuration.apiKeys, nonceLifetime: configuration.nonceLifetime, clock: clock),
            tokens: TokenIssuer(accounts: configuration.serviceAccounts, lifetime: configuration.tokenLifetime, clock: clock)
        )
        faults = FaultInjector(rules: configuration.faults)
        rateLimiter = configuration.rateLimit.map { RateLimiter(capacity: $0, clock: clock) }
    }

    /// Runs a read against the current data.
    func read<Result>(_ body: (SandboxStore) throws(ApiFailure) -> Result) throws(ApiFailure) -> Result {
        try store.withLock { (store: inout SandboxStore) throws(ApiFailure) -> Result in try body(store) }
    }

    /// Runs a change and, when a state file is configured, persists it
    /// before anyone can see it; if the write fails, nothing changes and
    /// the client gets 500 `UNEXPECTED_ERROR`.
    func write<Result>(_ body: (inout SandboxStore) throws(ApiFailure) -> Result) throws(ApiFailure) -> Result {
        try store.withLock { (store: inout SandboxStore) throws(ApiFailure) -> Result in
            var changed = store
            let result = try body(&changed)
            if let stateFile {
                do {
                    try stateFile.save(changed.state)
                } catch {
                    throw .unexpectedError
                }
            }
            store = changed
            return result
        }
    }

    // MARK: Request log

    /// Milliseconds since the sandbox started, on its clock (a test's own
    /// clock moves it, so waits between requests are checked without sleeping).
    var elapsedMilliseconds: Int {
        Int(clock.now / .milliseconds(1))
    }

    func record(_ entry: SandboxRequestRecord) {
        log.withLock { $0.append(entry) }
    }

    var requestLog: [SandboxRequestRecord] {
        log.withLock { $0 }
    }

    func resetRequestLog() {
        log.withLock { $0.removeAll() }
    }
}
