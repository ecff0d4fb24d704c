import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import CMallocTuning
import Foundation
import IntegrationsUI
import Synchronization

/// `atlas-integrations matrix`: the TUI's matrix printed for scripts and
/// tickets, with the same credentials and flags.
struct MatrixCommand: AsyncParsableCommand {
    /// Computed: its words are in the language chosen at start.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "matrix",
            abstract: CommandText.help("matrix.abstract", width: CommandText.optionWidth),
            discussion: CommandText.help("matrix.discussion", width: CommandText.discussionWidth)
        )
    }

    @Option(help: ArgumentHelp(CommandText.help("matrix.org.help", width: CommandText.optionWidth), valueName: "id|name"))
    var org: String?

    @Option(help: ArgumentHelp(CommandText.help("matrix.filter.help", width: CommandText.optionWidth),
                               valueName: "text"))
    var filter: String?

    @Option(help: ArgumentHelp(CommandText.help("matrix.missing.help", width: CommandText.optionWidth),
                               valueName: "type"))
    var missing: String?

    @Option(help: ArgumentHelp(CommandText.help("matrix.differs.help", width: CommandText.optionWidth),
                               valueName: "type"))
    var differs: String?

    @Option(help: ArgumentHelp(CommandText.help("matrix.format.help", width: CommandText.optionWidth - CommandText.defaultNote), valueName: "format"))
    var format = "table"

    @Option(help: ArgumentHelp(CommandText.help("matrix.sort.help", width: CommandText.optionWidth - CommandText.defaultNote), valueName: "order"))
    var sort = "name"

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if missing != nil && differs != nil {
            throw ValidationError(CommandText.text("matrix.both"))
        }
        if let missing { _ = try Self.type(missing, option: "--missing") }
        if let differs { _ = try Self.type(differs, option: "--differs") }
        guard MatrixExport.Format(rawValue: format) != nil else {
            throw ValidationError(CommandText.text("matrix.format.invalid", format.debugDescription))
        }
        guard MatrixSort(rawValue: sort) != nil else {
            throw ValidationError(CommandText.text("matrix.sort.invalid", sort.debugDescription))
        }
    }

    /// A type named on the command line; a name that is none is a usage error.
    static func type(_ text: String, option: String) throws(ValidationError) -> IntegrationType {
        do {
            return try IntegrationTypeNames.type(text, option: option)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        _ = atlas_malloc_tune()
        // Column widths come from wcwidth, which answers from the locale;
        // the output is UTF-8 whatever the locale says.
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        let (plan, client, logFile) = try await connection.readOnlyLaunch(reporting: Self.standardError)
        let columnFilter: MatrixFilter = if let missing {
            .missing(try Self.type(missing, option: "--missing"))
        } else if let differs {
            .differs(try Self.type(differs, option: "--differs"))
        } else {
            .none
        }
        let progressLine = ProgressLine(shown: isatty(STDERR_FILENO) == 1)
        let request = MatrixRun(
            organization: org, filter: filter ?? "", columnFilter: columnFilter, sort: MatrixSort(rawValue: sort) ?? .name,
            progress: progressLine.progress)
        let demoSandbox = plan.demo
        let outcome = await request.run(client)
        progressLine.clear()
        await client.close()
        await demoSandbox?.stop()
        switch outcome {
        case .failure(let error):
            Self.standardError(Sanitizer.sanitize(error.message, maxCharacters: 500))
            logFile?.write("matrix failed: \(error.status.map(String.init) ?? "no status")")
            throw ExitCode(2)
        case .success(let matrix):
            let text = MatrixExport.render(matrix, as: MatrixExport.Format(rawValue: format) ?? .table)
            FileHandle.standardOutput.write(Data(text.utf8))
            let progress = matrix.progress
            logFile?.write("matrix projects=\(progress.total) read=\(progress.read) failed=\(progress.failed)")
            if progress.failed > 0 { throw ExitCode(2) }
            if columnFilter != .none && !matrix.visibleRows.isEmpty { throw ExitCode(1) }
        }
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data("atlas-integrations matrix: \(line)\n".utf8))
    }
}

/// The reads' progress on stderr, redrawn in place, when stderr is a
/// terminal (a pipe or a file gets no progress, only the result).
final class ProgressLine: Sendable {
    private let shown: Bool
    private let drawn = Mutex(false)

    init(shown: Bool) {
        self.shown = shown
    }

    /// For `MatrixRun.progress`; nil when nothing is shown.
    var progress: (@Sendable (MatrixProgress) -> Void)? {
        guard shown else { return nil }
        return { [self] progress in
            drawn.withLock { drawn in
                drawn = true
                FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.text())".utf8))
            }
        }
    }

    /// Erases the line, if one was drawn, before the result is printed.
    func clear() {
        drawn.withLock { drawn in
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }
}
