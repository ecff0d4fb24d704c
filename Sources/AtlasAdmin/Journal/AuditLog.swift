import Foundation

/// Every write the product makes, one JSON line each, appended to
/// `audit.jsonl` in the state directory (`$XDG_STATE_HOME/atlas-integrations`,
/// else `~/.local/state/atlas-integrations`), readable by the operator only.
///
/// A write goes out only once its line is known to be writable
/// (`checkWritable`), so a full disk or a read-only home stops writes with a
/// clear message instead of leaving some unaudited. Each line is written
/// with one `write(2)` on a file opened for appending, so two copies of the
/// program never interleave within a line; a reader skips a line a crash cut
/// short and says how many it skipped.
public struct AuditLog: Sendable {
    public let file: URL

    public init(file: URL) {
        self.file = file
    }

    /// The log in the XDG state directory for `environment`.
    public static func standard(environment: [String: String]) -> AuditLog {
        let directory = URL(fileURLWithPath: UserDirectories(environment: environment).stateHome)
            .appendingPathComponent("atlas-integrations")
        return AuditLog(file: directory.appendingPathComponent("audit.jsonl"))
    }

    /// Why the log cannot take a line now, or nil when it can: the directory
    /// and file are created (0700, 0600) if missing and opened for appending.
    public func checkWritable() -> String? {
        do {
            let descriptor = try open()
            close(descriptor)
            return nil
        } catch {
            return error.description
        }
    }

    /// Appends `record` as one line.
    public func append(_ record: AuditRecord) throws(AuditError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(record) else { throw AuditError("the audit record could not be encoded") }
        line.append(UInt8(ascii: "\n"))
        let descriptor = try open()
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw AuditError("cannot append to the audit log \(file.path): \(String(cString: strerror(errno)))")
        }
    }

    /// The lines of the log, oldest first, and how many could not be read.
    public func read() throws(AuditError) -> (records: [AuditRecord], unreadable: Int) {
        guard FileManager.default.fileExists(atPath: file.path) else { return ([], 0) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw AuditError("cannot read the audit log \(file.path)")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var records: [AuditRecord] = []
        var unreadable = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let record = try? decoder.decode(AuditRecord.self, from: Data(line)) {
                records.append(record)
            } else {
                unreadable += 1
            }
        }
        return (records, unreadable)
    }

    private func open() throws(AuditError) -> Int32 {
        let directory = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw AuditError("cannot create \(directory.path) for the audit log: \(error.localizedDescription)")
        }
        let descriptor = Foundation.open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw AuditError("cannot open the audit log \(file.path): \(String(cString: strerror(errno)))")
        }
        return descriptor
    }
}

/// The audit log could not take or give a line: a write that cannot be
/// audited is not sent.
public struct AuditError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
