#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts and waits for the program the operator works in while curses is
/// suspended, the way `system()` would, but without ever waiting on it
/// past the end of the session.
///
/// It runs in the program's own process group, so it owns the terminal
/// exactly as the program did, and it starts with every signal at its
/// default action and none blocked: the session's ignored SIGINT, SIGTERM,
/// SIGHUP and SIGQUIT are not passed on, so Ctrl-C in a line-mode editor
/// and a dropped SSH connection reach it as they would from a shell.
enum ForegroundChild {
    /// Runs `arguments` (an absolute path first), polling for its exit and
    /// for `endingSignal()`; when that returns a signal, the child is
    /// ended with it (see `end`).
    static func run(_ arguments: [String], grace: Duration, endingSignal: () -> Int32?) -> ForegroundOutcome {
        guard let path = arguments.first else { return .notStarted(errorNumber: EINVAL) }
        var attributes = Platform.spawnAttributes()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        markDescriptorsCloseOnExec()

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, nil, &attributes, &argv, Platform.environment)
        guard spawned == 0 else { return .notStarted(errorNumber: spawned) }
        TerminalRestorer.foregroundChild = pid
        defer { TerminalRestorer.foregroundChild = 0 }

        while true {
            if let status = reap(pid) {
                // A hang-up reaches the editor and the program together:
                // when it ended the editor, it ends the session too.
                if let signalNumber = endingSignal() { return .sessionEnded(signal: signalNumber) }
                return .exited(status: status)
            }
            if let signalNumber = endingSignal() {
                end(pid, with: signalNumber, grace: grace)
                return .sessionEnded(signal: signalNumber)
            }
            usleep(20_000)
        }
    }

    /// Passes `signalNumber` to the child, waits up to `grace` for it to
    /// exit (an editor saving its recovery file), then kills it: the
    /// program never waits for it without limit, and never leaves it
    /// running on a terminal it gives back to the shell.
    static func end(_ pid: pid_t, with signalNumber: Int32, grace: Duration) {
        kill(pid, signalNumber)
        let steps = max(1, Int(grace.components.seconds * 100 + grace.components.attoseconds / 10_000_000_000_000_000))
        for _ in 0..<steps {
            if reap(pid) != nil { return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    /// The editor needs the terminal, not the program's sockets and pipes:
    /// every descriptor above stderr is marked close-on-exec.
    private static func markDescriptorsCloseOnExec() {
        guard let directory = opendir(Platform.openDescriptorsDirectory) else { return }
        defer { closedir(directory) }
        let own = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let descriptor = Int32(name), descriptor > 2, descriptor != own else { continue }
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0, flags & FD_CLOEXEC == 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// The child's exit status once it has ended (128 + its signal if one
    /// ended it), or nil while it runs. A child already reaped elsewhere
    /// counts as ended.
    private static func reap(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            let signalNumber = status & 0x7f
            return signalNumber == 0 ? (status >> 8) & 0xff : 128 + signalNumber
        }
        if result < 0, errno != EINTR { return -1 }
        return nil
    }
}
