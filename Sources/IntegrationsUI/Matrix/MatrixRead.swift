import AtlasAdmin
import Foundation

/// What one read of a project's integrations gave: the list, or why there
/// is none; and when it was read.
public struct MatrixRead: Sendable, Equatable {
    public var outcome: Result<[Integration], AtlasError>
    /// When the matrix read it; nil when it came from the project's menu
    /// or a save's answer instead.
    public var readAt: Date?

    public init(_ outcome: Result<[Integration], AtlasError>, readAt: Date?) {
        self.outcome = outcome
        self.readAt = readAt
    }

    public var failure: AtlasError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    public var integrations: [Integration]? {
        if case .success(let list) = outcome { return list }
        return nil
    }
}
