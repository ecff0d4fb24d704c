import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import CMallocTuning
import Foundation
import IntegrationsUI

/// `atlas-integrations export`: what projects hold, as files for
/// Terraform, the Kubernetes operator or `atlas api`.
struct ExportCommand: AsyncParsableCommand {
    /// Computed: its words are in the language chosen at start.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: CommandText.help("export.abstract", width: CommandText.optionWidth),
            discussion: CommandText.help("export.discussion", width: CommandText.discussionWidth)
        )
    }

    @Option(help: ArgumentHelp(CommandText.help("export.project.help", width: CommandText.optionWidth), valueName: "id"))
    var project: String?

    @Option(help: ArgumentHelp(CommandText.help("export.org.help", width: CommandText.optionWidth), valueName: "id|name"))
    var org: String?

    @Option(help: ArgumentHelp(CommandText.help("export.types.help", width: CommandText.optionWidth),
                               valueName: "types"))
    var types: String?

    @Option(help: ArgumentHelp(CommandText.help("export.format.help", width: CommandText.optionWidth), valueName: "format"))
    var format: String

    @Option(help: ArgumentHelp(CommandText.help("export.output.help", width: CommandText.optionWidth), valueName: "dir"))
    var output: String?

    @Flag(help: ArgumentHelp(CommandText.help("export.replace.help", width: CommandText.optionWidth)))
    var replace = false

    @OptionGroup var connection: ConnectionOptions

    /// `--project` is also the TUI's option, and the parser gives it to the
    /// TUI's command wherever it stands; it means the same here.
    @ParentCommand var parent: AtlasIntegrationsCommand

    private var projectID: String? { project ?? parent.project }

    func validate() throws {
        let project = projectID
        if (project == nil) == (org == nil) { throw ValidationError(CommandText.text("export.one")) }
        if let project, !AtlasID.isValid(project) {
            throw ValidationError(CommandText.text("cli.project.invalid", project.debugDescription))
        }
        guard ExportFormat(rawValue: format) != nil else {
            throw ValidationError(CommandText.text("export.format.invalid", format.debugDescription))
        }
        _ = try chosenTypes()
    }

    /// The types `--types` names, nil for every type; a bad list is a usage error.
    func chosenTypes() throws(ValidationError) -> Set<IntegrationType>? {
        guard let types else { return nil }
        do {
            return try IntegrationTypeNames.types(types, option: "--types")
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        _ = atlas_malloc_tune()
        let format = ExportFormat(rawValue: format) ?? .terraform
        let directory = output ?? "atlas-integrations-\(format.rawValue)"
        let (plan, client, logFile) = try await connection.readOnlyLaunch(reporting: Self.standardError)
        let read = await readProjects(client)
        await client.close()
        await plan.demo?.stop()
        let (projects, unread): ([ExportedProject], [String])
        switch read {
        case .failure(let error):
            Self.standardError(Sanitizer.sanitize(error.message, maxCharacters: 500))
            throw ExitCode(2)
        case .success(let result): (projects, unread) = result
        }
        let types = try chosenTypes()
        let files = IntegrationExport.files(for: projects, format: format, types: types)
        do {
            try ExportWriter.write(files, to: directory, replacing: replace)
        } catch {
            Self.standardError(error.message)
            throw ExitCode(1)
        }
        let counts = IntegrationExport.counts(for: projects, format: format, types: types)
        var summary = CommandText.text("export.wrote", files.count, directory, counts.exported, projects.count)
        if counts.leftOut > 0 { summary += CommandText.text("export.leftout", counts.leftOut) }
        print(summary)
        logFile?.write("export format=\(format.rawValue) projects=\(projects.count) files=\(files.count) unread=\(unread.count)")
        for line in unread { Self.standardError(line) }
        if !unread.isEmpty { throw ExitCode(2) }
    }

    /// The projects and their integrations; the lines naming the projects
    /// whose integrations could not be read.
    private func readProjects(_ client: AtlasClient) async -> Result<([ExportedProject], [String]), AtlasError> {
        do {
            if let project = projectID {
                let found = try await client.project(id: project)
                let integrations = try await client.listIntegrations(projectID: project)
                return .success(([ExportedProject(id: found.id, name: found.name, integrations: integrations)], []))
            }
            let progressLine = ProgressLine(shown: isatty(STDERR_FILENO) == 1)
            let run = MatrixRun(organization: org, progress: progressLine.progress)
            var projects: [Project] = []
            for organization in try await run.chosenOrganizations(client) {
                projects += try await client.listProjects(orgID: organization.id)
            }
            let reads = await run.read(projects.map(\.id), client)
            progressLine.clear()
            var exported: [ExportedProject] = []
            var unread: [String] = []
            for project in projects {
                if let integrations = reads[project.id]?.integrations {
                    exported.append(ExportedProject(id: project.id, name: project.name, integrations: integrations))
                } else {
                    let reason = reads[project.id]?.failure.map { Sanitizer.sanitize($0.message, maxCharacters: 200) } ?? CommandText.text("export.notread")
                    unread.append(CommandText.text(
                        "export.notexported", Sanitizer.sanitize(project.name, maxCharacters: 80), project.id, reason))
                }
            }
            return .success((exported, unread))
        } catch {
            return .failure(error)
        }
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data("atlas-integrations export: \(line)\n".utf8))
    }
}
