/// The data a fresh sandbox starts with (when no `--state` file exists yet).
public enum SandboxSeed: Sendable, Equatable, CustomStringConvertible {
    /// Three organizations, about forty projects with realistic and non-ASCII
    /// names, and a few integrations already configured (see `DemoSeed`).
    case demo
    /// One organization and nothing else.
    case empty
    /// The demo organizations with this many generated projects, for paging
    /// and load tests.
    case large(Int)

    /// Parses `demo`, `empty` or `large:N` (N ≥ 1).
    public init(parsing text: String) throws(SandboxError) {
        switch text {
        case "demo": self = .demo
        case "empty": self = .empty
        default:
            guard text.hasPrefix("large:"), let count = Int(text.dropFirst("large:".count)), count >= 1 else {
                throw .invalidSeed(text)
            }
            self = .large(count)
        }
    }

    public var description: String {
        switch self {
        case .demo: "demo"
        case .empty: "empty"
        case .large(let count): "large:\(count)"
        }
    }
}
