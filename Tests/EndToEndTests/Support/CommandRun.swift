import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Runs a built binary to completion as a script would: arguments, an
/// environment of its own, stdout and stderr kept apart (both files, not a
/// terminal), and the exit status.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func run(_ binary: String, _ arguments: [String], environment: [String: String],
                    in directory: TemporaryDirectory) throws -> CommandRun {
        let name = UUID().uuidString.prefix(8)
        let outPath = directory.file("out-\(name).txt"), errPath = directory.file("err-\(name).txt")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
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
        var env = environment
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        env["PATH"] = env["PATH"] ?? "/usr/bin:/bin"
        if env["HOME"] == nil { env["HOME"] = try directory.directory("home") }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError.command("could not start \(binary): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func read(_ path: String) -> String {
            (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        }
        return CommandRun(status: exitStatus, stdout: read(outPath), stderr: read(errPath))
    }
}
