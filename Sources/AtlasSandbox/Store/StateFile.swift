import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and atomically writes the `--state` file.
///
/// A write goes to a temporary file in the same directory, is flushed with
/// `fsync`, renamed over the old file, and the directory is synced too. A
/// `kill -9` at any instant therefore leaves either the previous complete
/// file or the new complete file, never a torn one. A file that cannot be
/// read at start is reported with its path, never silently replaced.
struct StateFile: Sendable {
    let path: String

    /// The stored state, or nil when no file exists yet.
    func load() throws(SandboxError) -> SandboxState? {
        removeAbandonedTemporaries()
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableStateFile(path: path, reason: error.localizedDescription)
        }
        let state: SandboxState
        do {
            state = try JSONDecoder().decode(SandboxState.self, from: data)
        } catch {
            throw .corruptStateFile(path: path, reason: Self.describe(error, size: data.count))
        }
        guard state.format == SandboxState.currentFormat else {
            throw .corruptStateFile(
                path: path,
                reason: "format \(state.format) is not the supported format \(SandboxState.currentFormat)"
            )
        }
        return state
    }

    /// Replaces the file with `state`, atomically and durably.
    func save(_ state: SandboxState) throws(SandboxError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(state)
        } catch {
            throw .unwritableStateFile(path: path, reason: error.localizedDescription)
        }
        try write(data)
    }

    private func write(_ data: Data) throws(SandboxError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o600)
        guard fd >= 0 else { throw failure("cannot create \(temporary)") }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let error = failure("cannot write \(temporary)")
            unlink(temporary)
            throw error
        }
        let directoryFD = open(directory, O_RDONLY)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            close(directoryFD)
        }
    }

    /// Deletes temporary files left by a process killed mid-write (the
    /// writer's pid is in the name and no longer exists); they were never
    /// renamed into place, so they hold nothing of value.
    private func removeAbandonedTemporaries() {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private func failure(_ what: String) -> SandboxError {
        .unwritableStateFile(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }

    private static func describe(_ error: any Error, size: Int) -> String {
        if size == 0 { return "the file is empty" }
        switch error {
        case DecodingError.dataCorrupted(let context):
            return "not valid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _):
            return "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "unexpected value at '\(path)'"
        default:
            return error.localizedDescription
        }
    }
}
