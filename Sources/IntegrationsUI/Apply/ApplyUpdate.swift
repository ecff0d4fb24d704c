import AtlasAdmin

/// One project's state in an apply, as the screen shows it.
public enum ApplyProjectState: Sendable, Hashable {
    case waiting
    /// Reading what Atlas holds, to settle an earlier write.
    case checking
    /// `POST` or `PUT`.
    case sending(String)
    case applied
    /// The error's one line.
    case failed(String)
    /// Sent, never answered, not confirmed by a read since.
    case unknown(String)
    /// The run stopped before this project's write went out.
    case notStarted
}

/// What an apply that is running reports to the core.
public enum ApplyUpdate: Sendable, Hashable {
    case project(ApplyProject, ApplyProjectState)
    /// Atlas asked to wait this long (a `429`): nothing starts meanwhile.
    case rateLimited(Duration)
    /// The whole run stopped for this reason; what was not written stays planned.
    case halted(String)
    case finished(ApplySummary)

    var isFinished: Bool {
        if case .finished = self { return true }
        return false
    }
}
