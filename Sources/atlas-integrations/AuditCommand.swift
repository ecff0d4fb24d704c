import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import Foundation

/// `atlas-integrations audit`: the writes this machine's sessions made, as
/// the audit log recorded them.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the writes made from here, as audit.jsonl in the state directory records them.",
        discussion: """
            One line per write, oldest first: time, action, outcome with Atlas's status and error code, \
            type, project, who (the public API key or client id), the Atlas it went to, and the last four \
            characters of each secret it carried. Never a secret. The log is \
            $XDG_STATE_HOME/atlas-integrations/audit.jsonl (else ~/.local/state/…), mode 0600; demo writes \
            are not recorded. Exit status: 0; 2 when the log cannot be read; 64 when a flag is wrong.
            """
    )

    @Option(help: ArgumentHelp("Only writes since this day or time (2026-12-07, 2026-12-07T10:00:00Z).",
                               valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only writes to this project (24-hex id).", valueName: "id"))
    var project: String?

    @Flag(help: "The log's own JSON lines instead of text.")
    var json = false

    /// `--project` is also the TUI's option, and the parser gives it to the
    /// TUI's command wherever it stands; it means the same here.
    @ParentCommand var parent: AtlasIntegrationsCommand

    private var projectID: String? { project ?? parent.project }

    func validate() throws {
        if let since, AuditQuery.parseSince(since) == nil {
            throw ValidationError("--since must be a day (2026-12-07) or an ISO 8601 time, got \(since.debugDescription)")
        }
        if let project = projectID, !AtlasID.isValid(project) {
            throw ValidationError("--project must be a 24-hex project id, got \(project.debugDescription)")
        }
    }

    func run() async throws {
        let log = AuditLog.standard(environment: ProcessInfo.processInfo.environment)
        let read: (records: [AuditRecord], unreadable: Int)
        do {
            read = try log.read()
        } catch {
            FileHandle.standardError.write(Data("atlas-integrations: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let query = AuditQuery(since: since.flatMap(AuditQuery.parseSince), projectID: projectID)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for record in query.select(read.records) {
            if json, let data = try? encoder.encode(record) {
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(AuditQuery.line(record))
            }
        }
        if read.unreadable > 0 {
            FileHandle.standardError.write(Data(
                "atlas-integrations: \(read.unreadable) line(s) of \(log.file.path) could not be read and were skipped\n".utf8))
        }
    }
}
