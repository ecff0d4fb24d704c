/// How a program the operator worked in while curses was suspended (their
/// `$EDITOR`) came to an end.
public enum ForegroundOutcome: Sendable, Equatable {
    /// It exited by itself: its exit status, or 128 + the signal that
    /// ended it.
    case exited(status: Int32)
    /// It could not be started (the `posix_spawn` error).
    case notStarted(errorNumber: Int32)
    /// SIGTERM or SIGHUP came for the session while it ran. The child was
    /// passed the same signal (and killed if it outlived its grace), and
    /// curses was left suspended: the session is over, `Terminal.stop()`
    /// finishes the restore.
    case sessionEnded(signal: Int32)
}
