import ArgumentParser
import AtlasAdmin
import AtlasIntegrationsRuntime
import CMallocTuning
import Foundation
import IntegrationsUI

/// `atlas-integrations export`: what projects hold, as files for
/// Terraform, the Kubernetes operator or `atlas api`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write projects' integrations as Terraform, Kubernetes operator or atlas api files.",
        discussion: """
            terraform: main.tf with a mongodbatlas_third_party_integration resource and an import block per \
            integration, and a sensitive variable for every value Atlas hides. kubernetes: an \
            AtlasThirdPartyIntegration manifest per integration beside its Secret (placeholders where Atlas \
            hides the value) and a kustomization.yaml. atlas-api: a JSON body per integration and apply.sh, \
            which sends them with `atlas api thirdPartyIntegrations updateGroupIntegration` once every \
            REPLACE-ME placeholder is filled. No secret and no masked value is ever written. Types a tool \
            cannot express are named, with the reason, at the top of the main file.
            Files are written 0600 in a directory of their own (0700). Credentials and flags as for the TUI.
            Exit status: 0; 1 when the files could not be written, among them an output directory that \
            already holds files and no --replace (nothing is written into it, so an export never mixes \
            with an older one); 2 when a project could not be read (what was read is still written), or on \
            no credentials, an unknown organization or no answer from Atlas; 64 for a mistyped option.
            """
    )

    @Option(help: ArgumentHelp("This project (24-hex id).", valueName: "id"))
    var project: String?

    @Option(help: ArgumentHelp("Every project of this organization (its id or its exact name).", valueName: "id|name"))
    var org: String?

    @Option(help: ArgumentHelp("Only these types, comma-separated (PAGER_DUTY,DATADOG or PagerDuty,…).",
                               valueName: "types"))
    var types: String?

    @Option(help: ArgumentHelp("terraform, kubernetes or atlas-api.", valueName: "format"))
    var format: String

    @Option(help: ArgumentHelp("The directory to write (default: atlas-integrations-<format> here).", valueName: "dir"))
    var output: String?

    @Flag(help: "Write into the directory even if it already holds files (they are replaced).")
    var replace = false

    @OptionGroup var connection: ConnectionOptions

    /// `--project` is also the TUI's option, and the parser gives it to the
    /// TUI's command wherever it stands; it means the same here.
    @ParentCommand var parent: AtlasIntegrationsCommand

    private var projectID: String? { project ?? parent.project }

    func validate() throws {
        let project = projectID
        if (project == nil) == (org == nil) { throw ValidationError("give --project or --org (one of them)") }
        if let project, !AtlasID.isValid(project) {
            throw ValidationError("--project must be a 24-character hexadecimal project id, got \(project.debugDescription)")
        }
        guard ExportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be terraform, kubernetes or atlas-api, got \(format.debugDescription)")
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
        var summary = "wrote \(files.count) files to \(directory): \(counts.exported) integrations of \(projects.count) projects"
        if counts.leftOut > 0 { summary += "; \(counts.leftOut) the tool cannot express are named at the top" }
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
                    let reason = reads[project.id]?.failure.map { Sanitizer.sanitize($0.message, maxCharacters: 200) } ?? "not read"
                    unread.append("not exported: project \(Sanitizer.sanitize(project.name, maxCharacters: 80)) (\(project.id)): \(reason)")
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
