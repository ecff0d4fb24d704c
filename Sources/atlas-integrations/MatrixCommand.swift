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
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Print every project's integrations side by side, and where they differ.",
        discussion: """
            One row per project, one column per integration type: the masked tail of each key or URL \
            (never a secret), the region, and whether it differs from the column's most common value. \
            Credentials and flags as for the TUI. A progress line goes to stderr when it is a terminal.
            Exit status: 0; 1 when --missing or --differs matched any project (for a cron job or CI \
            check to alarm on); 2 when something could not be read (what was read is still printed).
            """
    )

    @Option(help: ArgumentHelp("Only this organization (its id or its exact name).", valueName: "id|name"))
    var org: String?

    @Option(help: ArgumentHelp("Only projects whose name contains this text (case and accents ignored).",
                               valueName: "text"))
    var filter: String?

    @Option(help: ArgumentHelp("Only projects without an integration of this type (PAGER_DUTY, DATADOG, …).",
                               valueName: "type"))
    var missing: String?

    @Option(help: ArgumentHelp("Only projects whose integration of this type differs from the most common one.",
                               valueName: "type"))
    var differs: String?

    @Option(help: ArgumentHelp("table, csv or json.", valueName: "format"))
    var format = "table"

    @Option(help: ArgumentHelp("name, organization or missing (most missing first).", valueName: "order"))
    var sort = "name"

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if missing != nil && differs != nil {
            throw ValidationError("give --missing or --differs, not both")
        }
        if let missing { _ = try Self.type(missing, option: "--missing") }
        if let differs { _ = try Self.type(differs, option: "--differs") }
        guard MatrixExport.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be table, csv or json, got \(format.debugDescription)")
        }
        guard MatrixSort(rawValue: sort) != nil else {
            throw ValidationError("--sort must be name, organization or missing, got \(sort.debugDescription)")
        }
    }

    /// A type by Atlas's name (`PAGER_DUTY`) or the one operators know (`PagerDuty`), any case.
    static func type(_ text: String, option: String) throws -> IntegrationType {
        let wanted = text.lowercased()
        if let known = IntegrationType.known.first(where: {
            $0.rawValue.lowercased() == wanted || $0.displayName.lowercased() == wanted
        }) {
            return known
        }
        let names = IntegrationType.known.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("\(option) must be one of \(names), got \(text.debugDescription)")
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
        let request = MatrixRun(
            organization: org, filter: filter ?? "", columnFilter: columnFilter, sort: MatrixSort(rawValue: sort) ?? .name,
            showsProgress: isatty(STDERR_FILENO) == 1)
        let demoSandbox = plan.demo
        let outcome = await request.run(client)
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

/// The `matrix` command's work: find the projects, read their
/// integrations with the TUI's loader, and build the matrix.
struct MatrixRun: Sendable {
    var organization: String?
    var filter: String
    var columnFilter: MatrixFilter
    var sort: MatrixSort
    var showsProgress: Bool

    func run(_ client: AtlasClient) async -> Result<FleetMatrix, AtlasError> {
        do {
            let organizations = try await chosenOrganizations(client)
            var projects: [Project] = []
            for organization in organizations {
                projects += try await client.listProjects(orgID: organization.id)
            }
            var matrix = FleetMatrix(
                projects: projects,
                organizationNames: Dictionary(organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                query: filter)
            matrix.setReads(await read(matrix.unreadInScope, client))
            matrix.setSort(sort)
            matrix.setFilter(columnFilter)
            return .success(matrix)
        } catch let error as AtlasError {
            return .failure(error)
        } catch {
            return .failure(.transport(TransportFailure(kind: .other, detail: String(describing: type(of: error)))))
        }
    }

    func chosenOrganizations(_ client: AtlasClient) async throws -> [Organization] {
        let all = try await client.listOrganizations().filter { !$0.isDeleted }
        guard let organization else { return all }
        if let byID = all.first(where: { $0.id == organization }) { return [byID] }
        let named = all.filter { $0.name.lowercased() == organization.lowercased() }
        if named.count == 1 { return named }
        if named.isEmpty {
            throw AtlasError.invalidInput(field: "org", message: "No organization these credentials see has the id or name \(organization.debugDescription).")
        }
        let ids = named.map(\.id).joined(separator: ", ")
        throw AtlasError.invalidInput(field: "org", message: "\(named.count) organizations are named \(organization.debugDescription) (\(ids)): give the id.")
    }

    /// Every project's read, paced like the TUI's.
    func read(_ projectIDs: [String], _ client: AtlasClient) async -> [String: MatrixRead] {
        let collected = Collected(total: projectIDs.count, showsProgress: showsProgress)
        let loader = FleetLoader(
            clock: ContinuousClock(), maxConcurrent: MatrixReads.maxConcurrent,
            read: { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) },
            report: { event in
                if case .read(_, let projectID, let result) = event { collected.add(projectID, MatrixRead(result, readAt: Date())) }
            })
        await loader.load(projectIDs, tag: 1)
        await loader.idle()
        return collected.finish()
    }

    /// The reads as they arrive, and the progress line on a terminal.
    private final class Collected: Sendable {
        private let state = Mutex<(reads: [String: MatrixRead], failed: Int)>(([:], 0))
        private let total: Int
        private let showsProgress: Bool

        init(total: Int, showsProgress: Bool) {
            self.total = total
            self.showsProgress = showsProgress
        }

        func add(_ projectID: String, _ read: MatrixRead) {
            let line: String? = state.withLock { state in
                state.reads[projectID] = read
                if read.failure != nil { state.failed += 1 }
                guard showsProgress else { return nil }
                return MatrixProgress(total: total, read: state.reads.count - state.failed, failed: state.failed).text()
            }
            if let line { FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8)) }
        }

        func finish() -> [String: MatrixRead] {
            state.withLock { state in
                if showsProgress && total > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                return state.reads
            }
        }
    }
}
