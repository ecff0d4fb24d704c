import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs a helper command (tmux) to completion and returns its output.
///
/// Test threads block signals, and a child inherits that mask: a tmux
/// server started with SIGTERM and SIGCHLD blocked would never notice a
/// pane's program exiting nor obey `kill-server`. So children start here
/// with an empty signal mask and default dispositions, as from a shell.
enum ChildProcess {
    private static let spawnLock = Mutex(())

    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String], environment: [String: String]) throws -> Result {
        // The pipe is close-on-exec and made under the same lock as every
        // spawn: a tmux server that another test starts at the same moment
        // must not inherit this pipe's write end, or it would hold the pipe
        // open for the server's whole life and the read below would never
        // end. dup2 onto 1 and 2 clears the flag for this child's copies.
        let (pid, readEnd) = try spawnLock.withLock { _ throws(E2EError) -> (pid_t, Int32) in
            try spawn(arguments, environment: environment)
        }

        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, output: String(decoding: output, as: UTF8.self))
    }

    /// Makes the pipe and starts the child; runs under `spawnLock`.
    private static func spawn(_ arguments: [String], environment: [String: String]) throws(E2EError) -> (pid_t, Int32) {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            throw .command("pipe failed")
        }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            throw .command("could not start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        return (pid, readEnd)
    }
}
