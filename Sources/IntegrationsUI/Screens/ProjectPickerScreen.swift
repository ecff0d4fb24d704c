import AtlasAdmin

/// Organizations and their projects in one filterable list.
///
/// Projects arrive page by page in the background, so the list is usable
/// from the first page and a progress count says how many are still coming.
/// New rows only ever join at the bottom, so the selected project stays
/// selected and a filter already typed applies to them as they come. A list
/// that stops part way keeps its rows and says it is incomplete.
/// Typing filters at once: every printable character goes to the filter,
/// `q`, `?` and `/` included, since typing a name is this screen's job, so
/// no letter is a command here. Esc clears the filter, and on an empty
/// filter quits; F10 and Ctrl-C quit too, F1 is help. Matches are
/// highlighted.
struct ProjectPickerScreen: Sendable, Equatable {
    private(set) var organizationNames: [String: String] = [:]
    private(set) var organizationCount = 0
    private(set) var projects: [Project] = []
    private(set) var list = ListView()
    private(set) var filterInput = TextInput("", maxLength: 200, placeholder: tr("picker.filter.placeholder"))
    private(set) var filterFocused = false
    var organizationsRequest: RequestID?
    private(set) var loads: [RequestID: ProjectLoad] = [:]
    /// Organizations whose list failed after some of its rows were shown.
    private(set) var incomplete: [IncompleteList] = []
    /// Every organization whose list failed since the last reload, with
    /// the rows it had shown (maybe none), in the order they failed.
    private(set) var failedLoads: [IncompleteList] = []
    var banner: Banner?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var open = KeyBinding([.enter], help: tr("picker.key.open"))
        var clearFilter = KeyBinding([.escape], help: tr("picker.key.clearfilter"))
        /// Esc on an empty filter: nothing to clear, so it leaves.
        var quitOnEmptyFilter = KeyBinding([.escape], help: tr("common.key.quit"), essential: true)
        var leaveFilter = KeyBinding([.tab], help: tr("picker.key.leavefilter"), inFooter: false)
        var reload = KeyBinding([.control("r")], help: tr("picker.key.reload"))
        /// Every printable character is filter text here, so the matrix is
        /// a control key (F2 too).
        var matrix = KeyBinding([.control("t"), .function(2)], help: tr("picker.key.matrix"), display: [.control("t")])
        /// `?` is a letter here; F1 opens help.
        var help = KeyBinding([.function(1)], help: tr("common.key.help"), essential: true)
    }

    /// Fixed rows above the list: the filter line and the column header.
    static let headerRows = 2

    var isLoading: Bool { organizationsRequest != nil || !loads.isEmpty }
    var loadRequestIDs: [RequestID] { Array(loads.keys) + (organizationsRequest.map { [$0] } ?? []) }
    var selectedProject: Project? { list.selectedItem.map { projects[$0] } }
    var query: String { filterInput.value }

    // MARK: - Results

    mutating func reset() {
        let query = filterInput.value
        self = ProjectPickerScreen()
        filterInput.setValue(query)
        list.setQuery(query)
    }

    mutating func organizationsLoaded(_ organizations: [Organization]) {
        organizationsRequest = nil
        organizationCount = organizations.count
        for organization in organizations {
            organizationNames[organization.id] = Sanitizer.sanitize(organization.name, maxCharacters: 200)
        }
    }

    mutating func startedLoading(_ id: RequestID, organizationID: String) {
        loads[id] = ProjectLoad(organizationID: organizationID)
    }

    mutating func projectsPageLoaded(_ id: RequestID, _ page: [Project], loaded: Int, total: Int?, isComplete: Bool) {
        // Held for tens of thousands of rows, so kept small: the name
        // sanitized once, the organization id shared with the one the
        // organization list gave (one string, not one per project), and the
        // creation day alone, which is all the list shows.
        let cleaned = page.map { project in
            var copy = project
            copy.name = Sanitizer.sanitize(project.name, maxCharacters: 200)
            if let known = organizationNames.index(forKey: project.orgID) { copy.orgID = organizationNames.keys[known] }
            copy.created = project.createdDay
            return copy
        }
        projects.append(contentsOf: cleaned)
        list.append(names: cleaned.map(\.name))
        if isComplete {
            loads[id] = nil
        } else if var load = loads[id] {
            // A page that waited behind another organization can carry an
            // older count than one already posted.
            load.loaded = max(load.loaded, loaded)
            load.total = total ?? load.total
            load.shown += cleaned.count
            loads[id] = load
        }
    }

    /// A load that failed; rows it already delivered stay, and the list is
    /// marked incomplete when there were some.
    mutating func loadFailed(_ id: RequestID) {
        if let load = loads.removeValue(forKey: id) {
            let list = IncompleteList(organizationID: load.organizationID, shown: load.shown, total: load.total)
            failedLoads.append(list)
            if load.shown > 0 { incomplete.append(list) }
        }
        if organizationsRequest == id { organizationsRequest = nil }
    }

    /// Rows of `id`'s load already in the list (zero when none or unknown).
    func shownCount(_ id: RequestID) -> (shown: Int, total: Int?)? {
        loads[id].map { ($0.shown, $0.total) }
    }

    func organizationName(_ id: String) -> String {
        organizationNames[id] ?? Sanitizer.sanitize(id, maxCharacters: 40)
    }

    // MARK: - Keys

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        let list = list.bindings
        let global = context.global
        let escape = filterInput.isEmpty ? keyMap.quitOnEmptyFilter : keyMap.clearFilter
        // One hint for both keys that quit whatever the filter holds.
        var quit = global.quitAnyKey
        quit.displayKeys = [.function(10), .control("c")]
        // The footer keeps them in this order as far as they fit (at 80
        // columns the arrows give way: every list has them).
        var bindings = [keyMap.open.enabled(selectedProject != nil), escape,
                        keyMap.matrix.enabled(self.list.rowCount > 0, reason: tr("picker.reason.noproject")), list[0], keyMap.reload,
                        keyMap.help, quit]
        if filterFocused {
            bindings.insert(keyMap.leaveFilter, at: 4)
        } else {
            bindings += list.dropFirst()
        }
        return bindings
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        switch event {
        case .resize: return []
        case .paste(let text):
            filterFocused = true
            filterInput.focus()
            _ = filterInput.update(.paste(text))
            list.setQuery(filterInput.value)
            return []
        case .key(let key):
            return handle(key, context)
        }
    }

    private mutating func handle(_ key: Key, _ context: ScreenContext) -> [ScreenAction] {
        if keyMap.open.matches(key) {
            return selectedProject.map { [.openProject($0)] } ?? []
        }
        if keyMap.reload.matches(key) { return [.reloadProjects] }
        if keyMap.matrix.matches(key) { return list.rowCount > 0 ? [.openMatrix] : [] }
        if keyMap.help.matches(key) { return [.showHelp] }
        // List movement works while typing a filter too (Home/End stay with the list).
        if [.up, .down, .pageUp, .pageDown].contains(key) || (!filterFocused && [.home, .end].contains(key)) {
            _ = list.handle(key)
            return []
        }
        if keyMap.clearFilter.matches(key) {
            if filterInput.isEmpty { return [.quit(confirm: false)] }
            setFilter("")
            unfocusFilter()
            return []
        }
        if filterFocused {
            if keyMap.leaveFilter.matches(key) {
                unfocusFilter()
                return []
            }
            if filterInput.update(.key(key)) == .changed { list.setQuery(filterInput.value) }
            return []
        }
        // With the keys on the list, a typed character still filters.
        if case .character(let character) = key, !character.isWhitespace || character == " " {
            focusFilter()
            if filterInput.update(.key(key)) == .changed { list.setQuery(filterInput.value) }
        }
        return []
    }

    private mutating func focusFilter() {
        filterFocused = true
        filterInput.focus()
    }

    private mutating func unfocusFilter() {
        filterFocused = false
        filterInput.blur()
    }

    private mutating func setFilter(_ text: String) {
        filterInput.setValue(text)
        list.setQuery(text)
    }

    // MARK: - Drawing

    func bannerLines(width: Int, glyphs: Glyphs) -> [Line] {
        banner?.view(width: width, glyphs: glyphs, maxLines: 5) ?? []
    }

    /// What the filter did not take of the last input (the other lines of
    /// a paste, characters past its limit), under the filter line until
    /// the next key: dropping part of a paste without a word would leave
    /// the operator filtering by something other than what they pasted.
    func noticeLines(width: Int, glyphs: Glyphs) -> [Line] {
        guard let notice = filterInput.notice else { return [] }
        return [Line(" " + TextFitting.truncate(notice, to: max(width - 1, 1), ellipsis: glyphs.ellipsis), .warning)]
    }

    mutating func layout(width: Int, bodyHeight: Int, glyphs: Glyphs) {
        let above = Self.headerRows + noticeLines(width: width, glyphs: glyphs).count
            + bannerLines(width: width, glyphs: glyphs).count
        list.setPageSize(max(bodyHeight - above, 1))
    }

    var progressText: String? {
        if organizationsRequest != nil { return tr("picker.progress.organizations") }
        guard !loads.isEmpty else { return nil }
        let loaded = loads.values.reduce(0) { $0 + $1.loaded }
        let totals = loads.values.map(\.total)
        if totals.allSatisfy({ $0 != nil }) {
            let total = totals.reduce(0) { $0 + ($1 ?? 0) }
            return tr("picker.progress.total", loaded, total)
        }
        return tr("picker.progress.sofar", loaded)
    }

    func body(width: Int, height: Int, _ context: ScreenContext) -> ScreenBody {
        let glyphs = context.glyphs
        var lines: [Line] = []
        var cursor: FieldView.Cursor?
        // Filter line.
        var filterLine = Line(" " + tr("picker.filter.label") + " ", filterFocused ? .focusedField : .label)
        // The counts and the progress after the field.
        var status = Line()
        let shown = list.rowCount
        let total = projects.count
        status.append("  " + (filterInput.isEmpty ? trPlural("picker.count", total) : tr("picker.count.filtered", shown, total)), .dim)
        if !incomplete.isEmpty {
            status.append(tr("picker.incomplete"), .warning)
        }
        if let progress = progressText {
            status.append("  \(context.spinner) \(progress)", .warning)
        }
        // The field is 30 columns, narrower (down to 16) when the counts
        // and progress would not fit beside it otherwise (they are longer
        // in Japanese).
        let inputWidth = min(30, max(16, width - filterLine.width - status.width))
        let input = filterInput.view(width: inputWidth, context: context.render)
        if let fieldCursor = input.cursor, filterFocused {
            cursor = .init(row: 0, column: filterLine.width + fieldCursor.column)
        }
        filterLine.append(input.lines.first ?? Line())
        filterLine.append(status)
        lines.append(filterLine.fitted(to: width, ellipsis: glyphs.ellipsis))
        lines += noticeLines(width: width, glyphs: glyphs).map { $0.fitted(to: width) }
        // Column header.
        let columns = Columns(width: width)
        var header = Line("  ")
        header.append(TextFitting.fit(columns.heads.name, to: columns.name), .label)
        header.append(" ")
        header.append(TextFitting.fit(columns.heads.organization, to: columns.organization), .label)
        header.append(" ")
        header.append(TextFitting.fitRight(columns.heads.clusters, to: columns.clusters), .label)
        header.append("  ")
        header.append(TextFitting.fit(columns.heads.created, to: columns.created), .label)
        lines.append(header.fitted(to: width))
        lines += bannerLines(width: width, glyphs: glyphs)
        let rows = list.visibleRows
        if rows.isEmpty {
            lines.append(Line())
            lines.append(Line("  " + emptyMessage, .dim).fitted(to: width, ellipsis: glyphs.ellipsis))
        }
        for (row, item) in rows {
            lines.append(rowLine(projects[item], selected: row == list.cursor.selected, columns: columns, glyphs: glyphs))
        }
        return ScreenBody(lines: lines, cursor: cursor)
    }

    private var emptyMessage: String {
        if organizationsRequest != nil { return tr("picker.empty.organizations") }
        if !filterInput.isEmpty && !projects.isEmpty { return tr("picker.empty.nomatch", filterInput.value) }
        if isLoading { return tr("picker.empty.projects") }
        if organizationCount == 0 && banner == nil { return tr("picker.empty.noorganizations") }
        if banner != nil { return "" }
        return trPlural("picker.empty.none", organizationCount)
    }

    /// Column widths in display cells: each at least as wide as its head
    /// in the current language, the name taking what is left.
    private struct Columns {
        var name: Int
        let organization: Int
        let clusters: Int
        let created: Int
        let heads: (name: String, organization: String, clusters: String, created: String)
        init(width: Int) {
            heads = (tr("picker.column.project"), tr("picker.column.organization"), tr("picker.column.clusters"),
                     tr("picker.column.created"))
            organization = max(20, DisplayWidth.of(heads.organization))
            clusters = max(8, DisplayWidth.of(heads.clusters))
            created = max(10, DisplayWidth.of(heads.created))
            name = max(width - 2 - 1 - organization - 1 - clusters - 2 - created - 1, 10)
        }
    }

    private func rowLine(_ project: Project, selected: Bool, columns: Columns, glyphs: Glyphs) -> Line {
        let base: StyleRole = selected ? .selection : .normal
        var line = Line(selected ? glyphs.pointer + " " : "  ", base)
        var name = Line()
        if let range = list.filter.matchRange(in: project.name) {
            let characters = Array(project.name)
            name.append(String(characters[..<range.lowerBound]), base)
            name.append(String(characters[range]), .match)
            name.append(String(characters[range.upperBound...]), base)
        } else {
            name.append(project.name, base)
        }
        line.append(name.fitted(to: columns.name, ellipsis: glyphs.ellipsis, fill: base))
        line.append(" ", base)
        line.append(TextFitting.fit(organizationName(project.orgID), to: columns.organization, ellipsis: glyphs.ellipsis),
                    selected ? base : .dim)
        line.append(" ", base)
        line.append(TextFitting.fitRight(NumberText.grouped(project.clusterCount), to: columns.clusters), base)
        line.append("  ", base)
        line.append(TextFitting.fit(Sanitizer.sanitize(project.createdDay ?? "", maxCharacters: 10), to: columns.created), selected ? base : .dim)
        return line.fitted(to: columns.name + 2 + 1 + columns.organization + 1 + columns.clusters + 2 + columns.created + 1, fill: base)
    }
}
