/// Why the sandbox could not start or keep its state.
///
/// Every case names the file involved, so a user who points `--state` at
/// the wrong file sees which one and what is wrong with it.
public enum SandboxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The state file exists but is not a sandbox state (truncated, not JSON, wrong shape).
    case corruptStateFile(path: String, reason: String)
    /// The state file exists but could not be read (permissions, I/O).
    case unreadableStateFile(path: String, reason: String)
    /// The state could not be written.
    case unwritableStateFile(path: String, reason: String)
    /// A `--seed` value other than `demo`, `empty` or `large:N`.
    case invalidSeed(String)
    /// A host that is not an IPv4 or IPv6 literal.
    case invalidHost(String)
    /// The HTTP listener did not come up.
    case listenFailed(String)

    public var description: String {
        switch self {
        case let .corruptStateFile(path, reason):
            "state file \(path) is corrupt: \(reason). Fix or move it away; it was left untouched."
        case let .unreadableStateFile(path, reason):
            "state file \(path) cannot be read: \(reason)"
        case let .unwritableStateFile(path, reason):
            "state file \(path) cannot be written: \(reason)"
        case let .invalidSeed(text):
            "invalid seed '\(text)': expected demo, empty or large:N"
        case let .invalidHost(text):
            "invalid host '\(text)': expected an IP address such as 127.0.0.1"
        case let .listenFailed(reason):
            "the sandbox could not listen: \(reason)"
        }
    }
}
