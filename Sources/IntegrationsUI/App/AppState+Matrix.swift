import AtlasAdmin

/// Where Esc leaves the matrix for: the picker, or the menu it was opened
/// from (kept as it was, since a cell's form replaces the menu).
struct MatrixReturn: Sendable, Equatable {
    var route: Route
    var menu: IntegrationsMenuScreen?
}

extension AppState {
    // MARK: - Opening and leaving

    /// Opens the matrix: from the picker over the projects its filter shows,
    /// from a menu over the project's organization. Rows read earlier in
    /// the session show at once; the rest are read, the visible ones first.
    mutating func openMatrix() -> [Effect] {
        let projects: [Project]
        let query: String
        let scope: String
        if route == .menu, let menu {
            let organizationID = menu.project.orgID
            let siblings = organizationID.isEmpty ? [] : picker.projects.filter { $0.orgID == organizationID }
            projects = siblings.isEmpty ? [menu.project] : siblings
            query = ""
            scope = siblings.isEmpty
                ? tr("matrix.scope.project", menu.project.name)
                : tr("matrix.scope.organization", picker.organizationName(organizationID))
        } else {
            projects = picker.projects
            query = picker.query
            scope = query.isEmpty ? tr("matrix.scope.all") : tr("matrix.scope.filter", Sanitizer.sanitize(query, maxCharacters: 60))
        }
        matrixReturn = MatrixReturn(route: route == .menu ? .menu : .picker, menu: route == .menu ? menu : nil)
        var screen = FleetMatrixScreen(
            matrix: FleetMatrix(projects: projects, organizationNames: picker.organizationNames, query: query),
            scope: scope)
        let ids = Set(projects.map(\.id))
        screen.setReads(matrixSession.reads.filter { ids.contains($0.key) })
        matrix = screen
        route = .matrix
        layout()
        return readUnreadMatrixRows()
    }

    /// Esc: back where the matrix was opened from. Its reads go on in the
    /// background and stay for the next opening.
    mutating func leaveMatrix() -> [Effect] {
        let back = matrixReturn ?? MatrixReturn(route: .picker)
        matrix = nil
        matrixReturn = nil
        route = back.route
        if back.route == .menu, var previous = back.menu {
            if let id = previous.loadRequest, requests.kind(of: id) == nil { previous.loadRequest = nil }
            if let list = matrixSession.reads[previous.project.id]?.integrations, previous.loadRequest == nil {
                previous.setIntegrations(list)
            }
            menu = previous
        } else if back.route == .menu, menu == nil {
            route = .picker
        }
        return []
    }

    /// Leaves a form for where it was opened from (the menu, or the matrix).
    mutating func leaveForm() {
        form = nil
        route = formReturn == .matrix && matrix != nil ? .matrix : .menu
        formReturn = .menu
    }

    /// Enter on a cell: that project's form of that type, as the menu would
    /// open it, with what the matrix read; after a save the cell shows what
    /// Atlas then holds.
    mutating func openMatrixCell(projectID: String, type: IntegrationType) -> [Effect] {
        guard var screen = matrix, let row = screen.matrix.row(of: projectID) else { return [] }
        let shown = screen.matrix.projects[row]
        guard let list = screen.matrix.read(projectID)?.integrations else {
            if let error = screen.matrix.read(projectID)?.failure {
                screen.banner = Banner(.error, tr("matrix.cell.unreadable", shown.name),
                                       detail: Sanitizer.sanitize(error.localizedMessage, maxCharacters: 300),
                                       hint: tr("matrix.cell.unreadable.hint"))
            } else {
                screen.banner = Banner(.info, tr("matrix.cell.notyet", shown.name),
                                       detail: tr("matrix.cell.notyet.detail"))
            }
            matrix = screen
            return []
        }
        screen.banner = nil
        matrix = screen
        let project = picker.projects.first { $0.id == projectID }
            ?? Project(id: projectID, name: shown.name, orgID: shown.organizationID)
        var projectMenu = IntegrationsMenuScreen(project: project, organizationName: shown.organization)
        projectMenu.setIntegrations(list)
        projectMenu.select(type)
        menu = projectMenu
        route = .menu
        formReturn = .matrix
        let effects = openForm(type)
        guard route == .form else {
            // Not openable (read-only, or a type created elsewhere): say why here.
            matrix?.banner = menu?.banner
            route = .matrix
            formReturn = .menu
            return effects
        }
        // What Atlas holds now, for the form's "current" hints and the cell.
        return effects + loadIntegrations(projectID: projectID)
    }

    // MARK: - Reading rows

    /// Asks for every row in the matrix's scope not read or asked for yet,
    /// and for the unread rows on screen ahead of the rest whenever the
    /// page moved.
    mutating func readUnreadMatrixRows() -> [Effect] {
        guard var screen = matrix else { return [] }
        let page = screen.pageProjectIDs.filter { screen.matrix.read($0) == nil }
        let pageMoved = screen.prioritizedTop != screen.cursor.top
        let pageSet = Set(page)
        let rest = screen.matrix.visibleRows.map { screen.matrix.projects[$0].id }
            + screen.matrix.unreadInScope
        var seen = pageSet
        let unasked = rest.filter {
            screen.matrix.read($0) == nil && !matrixSession.isAsked($0) && seen.insert($0).inserted
        }
        let first = page.filter { pageMoved || !matrixSession.isAsked($0) }
        guard !first.isEmpty || !unasked.isEmpty else { return [] }
        screen.prioritizedTop = screen.cursor.top
        matrix = screen
        return loadMatrixRows(first + unasked)
    }

    /// `r` and `R`: these rows are read again (their last read stays shown
    /// meanwhile).
    mutating func readMatrixRows(again projectIDs: [String]) -> [Effect] {
        guard !projectIDs.isEmpty else { return [] }
        matrix?.banner = nil
        return loadMatrixRows(projectIDs)
    }

    private mutating func loadMatrixRows(_ projectIDs: [String]) -> [Effect] {
        let id = requests.open(.matrixRows(projectIDs: projectIDs))
        matrixSession.started(id, projectIDs)
        return [.loadMatrixRows(id, projectIDs: projectIDs)]
    }

    /// A row read, a rate-limit wait, or the end of a load.
    mutating func matrixRowsLoaded(_ id: RequestID, _ update: MatrixLoadUpdate) -> [Effect] {
        switch update {
        case .read(let projectID, let outcome, let at):
            matrixSession.readArrived(at: at)
            let read = MatrixRead(outcome, readAt: at)
            matrixSession.store(projectID, read)
            matrix?.setRead(projectID, read)
        case .waiting(let seconds, let until):
            matrixSession.waiting(seconds, until: until)
        case .finished:
            break
        }
        return []
    }

    /// What the matrix learns from results meant for other screens (a
    /// menu's list, a save's answer, a delete), and how its own loads end.
    mutating func noteForMatrix(_ kind: PendingRequest?, _ event: AppEvent) -> [Effect] {
        switch (kind, event) {
        case (.matrixRows, .matrixRows(let id, .finished)):
            matrixSession.ended(id)
        case (.matrixRows(let projectIDs), .failed(let id, let error)):
            if error != .cancelled {
                for projectID in projectIDs where matrixSession.isAsked(projectID) {
                    let read = MatrixRead(.failure(error), readAt: nil)
                    matrixSession.store(projectID, read)
                    matrix?.setRead(projectID, read)
                }
            }
            matrixSession.ended(id)
        case (.integrations(let projectID)?, .integrationsLoaded(_, let list)):
            updateMatrixRow(projectID) { $0.store(projectID, MatrixRead(.success(list), readAt: nil)) }
        case (.save(let projectID, _)?, .saved(_, let list)):
            updateMatrixRow(projectID) { $0.merge(projectID, list) }
            // Back on the matrix the form came from: what the menu would say.
            if route == .matrix, let banner = menu?.banner, menu?.project.id == projectID { matrix?.banner = banner }
        case (.delete(let projectID, let type)?, .deleted):
            updateMatrixRow(projectID) { $0.remove(projectID, type) }
        case (.checkWrite(let projectID, let type, _)?, .integrationRead(_, let read)):
            updateMatrixRow(projectID) { session in
                if let read { session.merge(projectID, [read]) } else { session.remove(projectID, type) }
            }
        default:
            break
        }
        return []
    }

    private mutating func updateMatrixRow(_ projectID: String, _ change: (inout MatrixSession) -> Void) {
        let before = matrixSession.reads[projectID]
        change(&matrixSession)
        let after = matrixSession.reads[projectID]
        if after != before { matrix?.setRead(projectID, after) }
    }

    // MARK: - Help

    func matrixHelp(_ context: ScreenContext, everywhere: HelpSection) -> HelpOverlay {
        HelpOverlay(
            title: tr("matrix.help.title"),
            sections: [HelpSection(tr("matrix.help.section"), matrix?.bindings(context) ?? []), everywhere],
            notes: [
                tr("matrix.help.cells", MatrixCellText.viewOnlyMark),
                tr("matrix.help.differs", MatrixCellText.differsMark),
                tr("matrix.help.filters"),
                tr("matrix.help.reads"),
            ])
    }
}
