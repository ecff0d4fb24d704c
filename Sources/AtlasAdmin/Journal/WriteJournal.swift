import Foundation

/// A small on-disk journal of saves and deletes in flight, so a write cut
/// off by a signal, a crash or a dropped terminal is reported at the next
/// start instead of being silently half-done.
///
/// Each write gets its own JSON file in the state directory
/// (`$XDG_STATE_HOME/atlas-integrations`, else
/// `~/.local/state/atlas-integrations`), written before the request goes
/// out and removed when its answer arrives. One file per write means two
/// copies of the program never overwrite each other's records. Files are
/// written to a temporary name and renamed into place, mode 0600, and hold
/// no field value and no secret (see `InFlightWrite`).
public struct WriteJournal: Sendable {
    public let directory: URL

    static let prefix = "write-in-flight-"
    static let suffix = ".json"

    public init(directory: URL) {
        self.directory = directory
    }

    /// The journal in the XDG state directory for `environment`
    /// (`$XDG_STATE_HOME`, else `$HOME/.local/state`).
    public static func standard(environment: [String: String]) -> WriteJournal {
        standard(directories: UserDirectories(environment: environment))
    }

    /// The journal in the XDG state directory for `environment` and `homeDirectory`.
    public static func standard(environment: [String: String], homeDirectory: String) -> WriteJournal {
        var environment = environment
        environment["HOME"] = homeDirectory
        return standard(environment: environment)
    }

    static func standard(directories: UserDirectories) -> WriteJournal {
        WriteJournal(directory: URL(fileURLWithPath: directories.stateHome).appendingPathComponent("atlas-integrations"))
    }

    /// Records `write` before its request goes out.
    public func record(_ write: InFlightWrite) throws -> JournalEntry {
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let name = "\(Self.prefix)\(write.processID)-\(UUID().uuidString.lowercased())\(Self.suffix)"
        let file = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).tmp")
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(write)
        try Self.writeNew(data, to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw JournalError(tr("failures.journal.cannotRecord", file.path, reason))
        }
        return JournalEntry(file: file, write: write)
    }

    /// Forgets a write whose answer arrived.
    public func remove(_ entry: JournalEntry) {
        try? FileManager.default.removeItem(at: entry.file)
    }

    /// What earlier sessions left behind: records of processes no longer
    /// running (`isRunning` tells; the current process's own are skipped
    /// too). Never throws: a record that cannot be read becomes a problem
    /// sentence, so a damaged journal cannot stop the program from starting.
    public func leftovers(isRunning: (Int32) -> Bool = WriteJournal.processIsRunning) -> JournalReading {
        var reading = JournalReading()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            if !FileManager.default.fileExists(atPath: directory.path) { return reading }
            reading.problems.append(tr("failures.journal.unreadable", directory.path, Self.reason(error)))
            return reading
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var found: [InFlightWrite] = []
        for name in names.sorted() {
            let file = directory.appendingPathComponent(name)
            if name.hasPrefix("."), name.hasSuffix(".tmp") {
                // Cut off while being written: its request never went out.
                if let pid = Self.processID(inName: String(name.dropFirst())), !isRunning(pid) {
                    try? FileManager.default.removeItem(at: file)
                }
                continue
            }
            guard name.hasPrefix(Self.prefix), name.hasSuffix(Self.suffix) else { continue }
            if let pid = Self.processID(inName: name), pid == getpid() || isRunning(pid) { continue }
            reading.files.append(file)
            do {
                let data = try Data(contentsOf: file)
                found.append(try decoder.decode(InFlightWrite.self, from: data))
            } catch {
                reading.problems.append(tr("failures.journal.record", file.path, Self.reason(error)))
            }
        }
        reading.writes = found.sorted { $0.startedAt < $1.startedAt }
        return reading
    }

    /// Removes what `leftovers` returned, once the operator has seen it.
    public func discard(_ reading: JournalReading) {
        for file in reading.files {
            try? FileManager.default.removeItem(at: file)
        }
    }

    /// Whether `pid` is a running process (on Linux: a running copy of this program).
    public static func processIsRunning(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        if let command = Platform.commandName(of: pid) {
            return command.hasPrefix("atlas-integrat")
        }
        return true
    }

    static func processID(inName name: String) -> Int32? {
        guard name.hasPrefix(prefix) else { return nil }
        return Int32(name.dropFirst(prefix.count).prefix { $0 != "-" })
    }

    /// Creates `file` with mode 0600 (failing if it exists) and writes `data`.
    private static func writeNew(_ data: Data, to file: URL) throws {
        let fd = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw JournalError(tr("failures.journal.cannotCreate", file.path, String(cString: strerror(errno))))
        }
        defer { close(fd) }
        let written = data.withUnsafeBytes { buffer in
            buffer.baseAddress.map { write(fd, $0, buffer.count) } ?? 0
        }
        guard written == data.count, fsync(fd) == 0 || errno == EINVAL else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: file)
            throw JournalError(tr("failures.journal.cannotWrite", file.path, reason))
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case is DecodingError: tr("failures.journal.incomplete")
        case let error as CocoaError:
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
               underlying.domain == NSPOSIXErrorDomain {
                String(cString: strerror(Int32(underlying.code)))
            } else {
                tr(error.code == .fileReadNoPermission ? "failures.journal.permission" : "failures.journal.other")
            }
        default: tr("failures.journal.other")
        }
    }
}
