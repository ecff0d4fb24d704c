import AtlasAdmin
import Foundation

/// Exports and the Prometheus scrape configuration: the dialogs that ask,
/// the files they become, and the banner that says where they went.
extension AppState {
    mutating func openExportOfMenuProject() {
        guard let menu, let integrations = menu.integrations, !integrations.isEmpty else { return }
        let project = ExportedProject(id: menu.project.id, name: menu.project.name, integrations: Array(integrations.values))
        overlay = .export(ExportDialog(title: tr("overlays.export.title.one", menu.project.name), projects: [project], directoryStem: project.fileStem))
    }

    mutating func openExportOfMatrixRows(_ projectIDs: [String]) {
        guard let matrix else { return }
        let projects = projectIDs.compactMap { id -> ExportedProject? in
            guard let row = matrix.matrix.row(of: id), let integrations = matrix.matrix.read(id)?.integrations else { return nil }
            return ExportedProject(id: id, name: matrix.matrix.projects[row].name, integrations: integrations)
        }
        let unread = projectIDs.count - projects.count
        guard !projects.isEmpty else {
            self.matrix?.banner = Banner(.warning, tr("overlays.export.nothing"), detail: tr("overlays.export.nothing.detail"))
            return
        }
        let title = projects.count == 1 ? tr("overlays.export.title.one", projects[0].name) : tr("overlays.export.title.many", projects.count)
        var dialog = ExportDialog(title: title, projects: projects,
                                  directoryStem: projects.count == 1 ? projects[0].fileStem : "\(projects.count)-projects")
        if unread > 0 { dialog.title += tr("overlays.export.title.unread", unread) }
        overlay = .export(dialog)
    }

    mutating func handleExportDialog(_ dialog: ExportDialog, _ key: Key) -> [Effect] {
        switch dialog.update(key) {
        case .pending: return []
        case .cancelled:
            overlay = nil
            return []
        case .chosen(let format):
            overlay = nil
            let files = IntegrationExport.files(for: dialog.projects, format: format)
            return writeFiles(files, to: dialog.directory(for: format), what: tr("overlays.export.what", ExportDialog.title(of: format)))
        }
    }

    /// The scrape configuration of the menu project's integration of
    /// `type`, for a type the catalog says has one.
    mutating func openScrapeConfig(of type: IntegrationType, note: String? = nil) {
        guard IntegrationCatalog.entry(for: type).scrapeConfiguration != nil,
              let menu, let integration = menu.integrations?[type] else { return }
        let baseURL = URL(string: configuration.targetLabel) ?? URL(string: "https://cloud.mongodb.com")!
        let project = ExportedProject(id: menu.project.id, name: menu.project.name, integrations: [integration])
        var scrape = ScrapeConfigOverlay(project: project, baseURL: baseURL, password: scrapePasswords[project.id])
        scrape.note = note
        overlay = .scrapeConfig(scrape)
    }

    mutating func handleScrapeConfig(_ scrape: inout ScrapeConfigOverlay, _ key: Key) -> [Effect] {
        switch scrape.update(key) {
        case .pending:
            overlay = .scrapeConfig(scrape)
            return []
        case .closed:
            overlay = nil
            return []
        case .write(let file, let directory):
            overlay = nil
            return writeFiles([file], to: directory, what: tr("overlays.scrape.what"))
        }
    }

    private mutating func writeFiles(_ files: [ExportFile], to directory: String, what: String) -> [Effect] {
        let id = requests.open(.writeFiles(what: what, from: route))
        return [.writeFiles(id, files: files, directory: directory)]
    }

    mutating func filesWritten(what: String, from: Route, directory: String, count: Int) {
        let shown = Sanitizer.sanitize(directory, maxCharacters: 300)
        // Both languages name the scrape configuration starting with "Prometheus".
        let detail = what.hasPrefix("Prometheus") ? tr("overlays.written.scrape") : tr("overlays.written.export")
        setBanner(Banner(.success, trPlural("overlays.written", count, what, shown), detail: detail), on: from)
    }

    mutating func setBanner(_ banner: Banner, on route: Route) {
        switch route {
        case .matrix: matrix?.banner = banner
        default: menu?.banner = banner
        }
    }
}
