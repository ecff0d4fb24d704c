import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import Foundation

/// `atlas-integrations audit`: the writes this machine's sessions made, as
/// the audit log recorded them.
struct AuditCommand: AsyncParsableCommand {
    /// Computed: its words are in the language chosen at start.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "audit",
            abstract: CommandText.help("audit.abstract", width: CommandText.optionWidth),
            discussion: CommandText.help("audit.discussion", width: CommandText.discussionWidth)
        )
    }

    @Option(help: ArgumentHelp(CommandText.help("audit.since.help", width: CommandText.optionWidth),
                               valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp(CommandText.help("audit.project.help", width: CommandText.optionWidth), valueName: "id"))
    var project: String?

    @Flag(help: ArgumentHelp(CommandText.help("audit.json.help", width: CommandText.optionWidth)))
    var json = false

    /// `--project` is also the TUI's option, and the parser gives it to the
    /// TUI's command wherever it stands; it means the same here.
    @ParentCommand var parent: AtlasIntegrationsCommand

    private var projectID: String? { project ?? parent.project }

    func validate() throws {
        if let since, AuditQuery.parseSince(since) == nil {
            throw ValidationError(CommandText.text("audit.since.invalid", since.debugDescription))
        }
        if let project = projectID, !AtlasID.isValid(project) {
            throw ValidationError(CommandText.text("audit.project.invalid", project.debugDescription))
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
            let line = CommandText.text("audit.unreadable", read.unreadable, log.file.path)
            FileHandle.standardError.write(Data("atlas-integrations: \(line)\n".utf8))
        }
    }
}
