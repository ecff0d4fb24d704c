import AtlasAdmin
import Foundation

/// Projects × integration types at a glance (`FleetMatrix` drawn by
/// `MatrixGrid`): every project the picker's filter shows, or one
/// organization's, with what each has of the ten types and the cells that
/// differ from their column's most common value.
///
/// The rows use the list cursor every list uses (↑/↓, PgUp/PgDn, Home/End);
/// ←/→ move between columns. No key types text until `/` focuses the
/// filter, so letters are commands here: `m` and `d` show only the projects
/// missing, or differing in, the focused column's type; `s` changes the
/// order; `r` reads the focused row (and every failed one) again, `R`
/// everything. Enter opens the focused cell's form.
struct FleetMatrixScreen: Sendable, Equatable {
    private(set) var matrix: FleetMatrix
    /// What the rows are, for the title: `organization “Acme-Retail”`.
    let scope: String
    private(set) var cursor = ListCursor()
    private(set) var column = 0
    private(set) var filterInput: TextInput
    private(set) var filterFocused = false
    /// The project the cursor is on (an index into `matrix.projects`),
    /// kept across re-sorts, filters and arriving rows.
    private var selectedProject: Int?
    var banner: Banner?
    /// The projects marked (space) for an export, by id.
    private(set) var marked: Set<String> = []
    /// The first row of the page last asked to be read first.
    var prioritizedTop: Int?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var open = KeyBinding([.enter], help: tr("matrix.key.open"))
        var columns = KeyBinding([.left, .right], help: tr("matrix.key.column"), display: [.left, .right])
        var filter = KeyBinding([.character("/")], help: tr("matrix.key.filter"))
        var missing = KeyBinding([.character("m")], help: tr("matrix.key.missing"))
        var differs = KeyBinding([.character("d")], help: tr("matrix.key.differs"))
        var sort = KeyBinding([.character("s")], help: tr("matrix.key.sort"))
        var refreshRow = KeyBinding([.character("r")], help: tr("matrix.key.rereadrow"))
        var refreshAll = KeyBinding([.character("R")], help: tr("matrix.key.rereadall"))
        var back = KeyBinding([.escape], help: tr("matrix.key.back"), essential: true)
        var leaveFilter = KeyBinding([.enter, .tab, .down, .up], help: tr("matrix.key.leavefilter"), display: [.enter])
        var clearFilter = KeyBinding([.escape], help: tr("matrix.key.clearfilter"))
        var help = KeyBinding([.function(1)], help: tr("matrix.key.help"), essential: true)
        var mark = KeyBinding([.character(" ")], help: tr("matrix.key.mark"), display: [.character(" ")])
        /// Marks every row the filter shows; again (all marked) unmarks them.
        var markAll = KeyBinding([.character("*")], help: tr("matrix.key.markall"))
        var export = KeyBinding([.character("x")], help: tr("matrix.key.export"))
        /// The focused column's type, filled in once, to the marked rows.
        var apply = KeyBinding([.character("a")], help: tr("matrix.key.apply"))
        /// The same, the form filled first with the focused row's clear values.
        var applyFrom = KeyBinding([.character("A")], help: tr("matrix.key.applyfrom"))
    }

    /// Lines above the rows (filter, progress, header) and below them (two
    /// summaries, two detail lines).
    static let fixedLines = 7

    init(matrix: FleetMatrix, scope: String) {
        self.matrix = matrix
        self.scope = scope
        filterInput = TextInput(matrix.query, maxLength: 200, placeholder: tr("matrix.filter.placeholder"))
        cursor.setCount(matrix.visibleRows.count)
        selectedProject = matrix.visibleRows.first
    }

    var focusedType: IntegrationType { matrix.types[column] }

    /// The project under the cursor.
    var selected: MatrixProject? {
        guard matrix.visibleRows.indices.contains(cursor.selected) else { return nil }
        return matrix.projects[matrix.visibleRows[cursor.selected]]
    }

    /// The projects on screen, top to bottom.
    var pageProjectIDs: [String] {
        cursor.visibleRange.compactMap { matrix.visibleRows.indices.contains($0) ? matrix.projects[matrix.visibleRows[$0]].id : nil }
    }

    // MARK: - Rows arriving

    mutating func setRead(_ projectID: String, _ read: MatrixRead?) {
        matrix.setRead(projectID, read)
        keepSelection()
    }

    mutating func setReads(_ reads: [String: MatrixRead]) {
        matrix.setReads(reads)
        keepSelection()
    }

    /// After rows moved (sorted, filtered, arrived), the cursor stays on its project.
    private mutating func keepSelection() {
        cursor.setCount(matrix.visibleRows.count)
        if let selectedProject, let row = matrix.visibleRows.firstIndex(of: selectedProject) {
            cursor.select(row)
        }
        selectedProject = matrix.visibleRows.indices.contains(cursor.selected) ? matrix.visibleRows[cursor.selected] : nil
    }

    // MARK: - Keys

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        if filterFocused {
            var quit = context.global.quitAnyKey
            quit.displayKeys = [.function(10), .control("c")]
            return [keyMap.leaveFilter, keyMap.clearFilter, keyMap.help, quit]
        }
        let hasRow = selected != nil
        let missing = keyMap.missing.withHelp(tr(matrix.filter == .missing(focusedType) ? "matrix.key.all" : "matrix.key.missing"))
        let differs = keyMap.differs.withHelp(tr(matrix.filter == .differs(focusedType) ? "matrix.key.all" : "matrix.key.differs"))
        let noProject = tr("matrix.key.noproject")
        // The footer keeps them in this order as far as they fit: the
        // filters before the arrows everyone tries anyway.
        let export = keyMap.export.withHelp(marked.isEmpty ? tr("matrix.key.export") : tr("matrix.key.exportmarked", marked.count))
            .enabled(hasRow || !marked.isEmpty, reason: noProject)
        let apply = keyMap.apply.withHelp(marked.isEmpty ? tr("matrix.key.applyrow") : tr("matrix.key.applymarked", marked.count))
            .enabled(hasRow || !marked.isEmpty, reason: noProject)
        return [keyMap.open.enabled(hasRow, reason: noProject), missing, differs, export, apply,
                keyMap.applyFrom.enabled(hasRow, reason: noProject),
                keyMap.mark.enabled(hasRow, reason: noProject),
                keyMap.markAll.enabled(hasRow, reason: noProject), keyMap.filter, keyMap.sort,
                keyMap.columns, cursor.keyMap.up, keyMap.refreshRow.enabled(hasRow, reason: noProject),
                keyMap.refreshAll, keyMap.back, context.global.help, context.global.quit, context.global.forceQuit]
            + cursor.keyMap.all.dropFirst()
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        switch event {
        case .resize: return []
        case .paste(let text):
            focusFilter()
            _ = filterInput.update(.paste(text))
            setQuery(filterInput.value)
            return []
        case .key(let key):
            return filterFocused ? handleFilter(key) : handle(key, context)
        }
    }

    private mutating func handleFilter(_ key: Key) -> [ScreenAction] {
        if keyMap.help.matches(key) { return [.showHelp] }
        if keyMap.clearFilter.matches(key) {
            filterInput.setValue("")
            setQuery("")
            unfocusFilter()
            return []
        }
        if keyMap.leaveFilter.matches(key) {
            unfocusFilter()
            return []
        }
        if filterInput.update(.key(key)) == .changed { setQuery(filterInput.value) }
        return []
    }

    private mutating func handle(_ key: Key, _ context: ScreenContext) -> [ScreenAction] {
        if cursor.handle(key) {
            selectedProject = matrix.visibleRows.indices.contains(cursor.selected) ? matrix.visibleRows[cursor.selected] : nil
            return []
        }
        switch key {
        case .left: column = max(column - 1, 0); return []
        case .right: column = min(column + 1, matrix.types.count - 1); return []
        default: break
        }
        if keyMap.open.matches(key) {
            guard let selected else { return [] }
            return [.openMatrixCell(projectID: selected.id, type: focusedType)]
        }
        if keyMap.filter.matches(key) {
            focusFilter()
            return []
        }
        if keyMap.mark.matches(key) {
            guard let selected else { return [] }
            if marked.remove(selected.id) == nil { marked.insert(selected.id) }
            _ = cursor.handle(.down)
            selectedProject = matrix.visibleRows.indices.contains(cursor.selected) ? matrix.visibleRows[cursor.selected] : nil
            return []
        }
        if keyMap.markAll.matches(key) {
            let shown = matrix.visibleRows.map { matrix.projects[$0].id }
            if !shown.isEmpty, shown.allSatisfy(marked.contains) {
                marked.subtract(shown)
            } else {
                marked.formUnion(shown)
            }
            return []
        }
        if keyMap.apply.matches(key) || keyMap.applyFrom.matches(key) {
            let source = keyMap.applyFrom.matches(key) ? selected?.id : nil
            let ids = matrix.projects.indices.map { matrix.projects[$0].id }.filter { marked.contains($0) }
            if !ids.isEmpty { return [.startApply(focusedType, projectIDs: ids, from: source)] }
            return selected.map { [.startApply(focusedType, projectIDs: [$0.id], from: source)] } ?? []
        }
        if keyMap.export.matches(key) {
            // The marked projects (in the matrix's order), else the focused one.
            let ids = matrix.projects.indices.map { matrix.projects[$0].id }.filter { marked.contains($0) }
            if !ids.isEmpty { return [.exportProjects(ids)] }
            return selected.map { [.exportProjects([$0.id])] } ?? []
        }
        if keyMap.missing.matches(key) {
            setFilter(matrix.filter == .missing(focusedType) ? .none : .missing(focusedType))
            return []
        }
        if keyMap.differs.matches(key) {
            setFilter(matrix.filter == .differs(focusedType) ? .none : .differs(focusedType))
            return []
        }
        if keyMap.sort.matches(key) {
            matrix.setSort(matrix.sort.next)
            keepSelection()
            return []
        }
        if keyMap.refreshRow.matches(key) {
            guard let selected else { return [] }
            let failed = matrix.scopeRows.map { matrix.projects[$0].id }.filter { matrix.read($0)?.failure != nil }
            return [.readMatrixRows(again: [selected.id] + failed.filter { $0 != selected.id })]
        }
        if keyMap.refreshAll.matches(key) {
            return [.readMatrixRows(again: pageProjectIDs + matrix.scopeRows.map { matrix.projects[$0].id })]
        }
        if keyMap.back.matches(key) { return [.back] }
        if context.global.help.matches(key) { return [.showHelp] }
        if context.global.quit.matches(key) { return [.quit(confirm: false)] }
        return []
    }

    private mutating func setQuery(_ query: String) {
        matrix.setQuery(query)
        keepSelection()
    }

    private mutating func setFilter(_ filter: MatrixFilter) {
        matrix.setFilter(filter)
        keepSelection()
    }

    private mutating func focusFilter() {
        filterFocused = true
        filterInput.focus()
    }

    private mutating func unfocusFilter() {
        filterFocused = false
        filterInput.blur()
    }

    // MARK: - Drawing

    func bannerLines(width: Int, glyphs: Glyphs) -> [Line] {
        banner?.view(width: width, glyphs: glyphs, maxLines: 3) ?? []
    }

    /// What the filter did not take of the last input (the other lines of
    /// a paste, characters past its limit), under the filter line until
    /// the next key, as under a form's field.
    func noticeLines(width: Int, glyphs: Glyphs) -> [Line] {
        guard let notice = filterInput.notice else { return [] }
        return [Line(" " + TextFitting.truncate(notice, to: max(width - 1, 1), ellipsis: glyphs.ellipsis), .warning)]
    }

    mutating func layout(width: Int, bodyHeight: Int, glyphs: Glyphs) {
        let extra = noticeLines(width: width, glyphs: glyphs).count + bannerLines(width: width, glyphs: glyphs).count
        cursor.setPageSize(max(bodyHeight - Self.fixedLines - extra, 1))
    }

    func body(width: Int, height: Int, _ context: ScreenContext, session: MatrixSession) -> ScreenBody {
        let glyphs = context.glyphs
        let grid = MatrixGrid(width: width, columns: matrix.types.count)
        var lines: [Line] = []
        var cursorPosition: FieldView.Cursor?

        var filterLine = Line(tr("matrix.filter.label"), filterFocused ? .focusedField : .label)
        let input = filterInput.view(width: 24, context: context.render)
        if let fieldCursor = input.cursor, filterFocused {
            cursorPosition = .init(row: 0, column: filterLine.width + fieldCursor.column)
        }
        filterLine.append(input.lines.first ?? Line())
        let inScope = matrix.progress.total
        let shown = matrix.visibleRows.count
        let counts = shown == inScope
            ? trPlural("matrix.filter.count", inScope) : trPlural("matrix.filter.countof", inScope, shown)
        filterLine.append(counts, .dim)
        // Marks survive filtering, so the count covers rows not shown too.
        if !marked.isEmpty { filterLine.append(" \(glyphs.separator) " + tr("matrix.filter.marked", marked.count), .warning) }
        if let label = matrix.filter.label { filterLine.append(" \(glyphs.separator) \(label)", .warning) }
        filterLine.append(" \(glyphs.separator) " + tr("matrix.filter.sort", matrix.sort.label), .dim)
        lines.append(filterLine.fitted(to: width, ellipsis: glyphs.ellipsis))
        lines += noticeLines(width: width, glyphs: glyphs).map { $0.fitted(to: width) }
        lines.append(progressLine(session: session, context).fitted(to: width, ellipsis: glyphs.ellipsis))
        lines += bannerLines(width: width, glyphs: glyphs)
        lines.append(grid.header(matrix, focusedColumn: column, glyphs: glyphs).fitted(to: width, ellipsis: glyphs.ellipsis))
        let rows = cursor.visibleRange
        for position in rows where matrix.visibleRows.indices.contains(position) {
            let row = matrix.visibleRows[position]
            let refreshing = session.isAsked(matrix.projects[row].id)
            lines.append(grid.row(matrix, row, selected: position == cursor.selected, focusedColumn: column,
                                  refreshing: refreshing, glyphs: glyphs,
                                  marked: marked.contains(matrix.projects[row].id)).fitted(to: width, ellipsis: glyphs.ellipsis))
        }
        if matrix.visibleRows.isEmpty {
            lines.append(Line("  " + emptyMessage, .dim).fitted(to: width, ellipsis: glyphs.ellipsis))
        }
        let used = lines.count
        let room = height - used - 4
        for _ in 0..<max(room, 0) { lines.append(Line().fitted(to: width)) }
        lines += grid.summaries(matrix, focusedColumn: column, glyphs: glyphs).map { $0.fitted(to: width, ellipsis: glyphs.ellipsis) }
        lines += detailLines(glyphs, now: context.now, width: width).map { $0.fitted(to: width, ellipsis: glyphs.ellipsis) }
        return ScreenBody(lines: lines, cursor: cursorPosition)
    }

    private var emptyMessage: String {
        if matrix.progress.total == 0 { return tr("matrix.empty.query", matrix.query) }
        if let label = matrix.filter.label {
            if !matrix.progress.isComplete { return tr("matrix.empty.sofar", label) }
            return tr("matrix.empty.filter", label, matrix.filter == .missing(focusedType) ? "m" : "d")
        }
        return ""
    }

    /// `⠋ integrations of 412/2,000 projects · 3 failed · r retries failed`.
    private func progressLine(session: MatrixSession, _ context: ScreenContext) -> Line {
        let glyphs = context.glyphs
        let progress = matrix.progress
        let refreshing = matrix.scopeRows.contains { session.isAsked(matrix.projects[$0].id) && matrix.read(matrix.projects[$0].id) != nil }
        let loading = !progress.isComplete || refreshing
        var line = Line(loading ? " \(context.spinner) " : "   ", .warning)
        line.append(progress.text(separator: glyphs.separator), loading ? .warning : .dim)
        // The oldest read's age (what R would bring up to date) before the
        // key hints, which the footer also gives, so a narrow line cuts those.
        let age = !loading ? oldestRead.map { Self.ago($0, now: context.now).map { tr("matrix.progress.oldest", $0) } ?? tr("matrix.age.justnow") } : nil
        if let age { line.append(" \(glyphs.separator) \(age)", .dim) }
        if progress.failed > 0 { line.append(" \(glyphs.separator) " + tr("matrix.progress.retry"), .dim) }
        if let seconds = session.waitingSeconds, loading {
            line.append(" \(glyphs.separator) " + tr("matrix.progress.wait", seconds), .warning)
        } else if refreshing {
            line.append(" \(glyphs.separator) " + tr("matrix.progress.rereading"), .warning)
        } else if age != nil {
            line.append(" \(glyphs.separator) " + tr("matrix.progress.rereadall"), .dim)
        }
        return line
    }

    private var oldestRead: Date? {
        matrix.scopeRows.compactMap { matrix.read(matrix.projects[$0].id)?.readAt }.min()
    }

    /// The focused cell in full: whose and when, then the value on a line
    /// of its own.
    func detailLines(_ glyphs: Glyphs, now: Date, width: Int) -> [Line] {
        guard let selected, let row = matrix.row(of: selected.id) else { return [Line(" "), Line(" ")] }
        let cell = matrix.cell(row, column)
        let separator = glyphs.separator
        var whose = Line(" \(selected.name)", .title)
        whose.append(" (\(selected.organization)) \(separator) ", .dim)
        whose.append(focusedType.displayName, .label)
        if let read = matrix.read(selected.id) {
            let when = read.readAt.map { Self.age(of: $0, now: now) } ?? tr("matrix.detail.frommenu")
            whose.append(" \(separator) \(when)", .dim)
        }
        var line = Line("   ")
        let value = MatrixCellText.full(cell, separator: separator)
        if case .configured(let configured) = cell, let limitation = configured.limitation {
            // Said whole, the value giving way: Enter would only show it.
            let note = " \(separator) \(limitation.whenConfigured)"
            let room = max(width - line.width - DisplayWidth.of(note), 8)
            line.append(TextFitting.truncate(value, to: room, ellipsis: glyphs.ellipsis), MatrixGrid.role(cell, refreshing: false))
            line.append(note, .warning)
        } else {
            line.append(value, MatrixGrid.role(cell, refreshing: false))
        }
        if case .configured(let configured) = cell {
            let summary = matrix.summary(column)
            if configured.differs {
                line.append(" \(separator) " + tr("matrix.detail.differs", summary.mostCommonCount), .warning)
            } else if summary.variants > 1 {
                line.append(" \(separator) " + tr("matrix.detail.common"), .dim)
            }
        }
        return [whose, line]
    }

    /// The line above the footer: the focused column in words.
    func infoText(_ glyphs: Glyphs) -> String {
        let summary = matrix.summary(column)
        var text = summary.text(separator: glyphs.separator)
        if let common = summary.mostCommon, summary.variants > 1 {
            let value = [common.headline, common.qualifier].compactMap { $0 }.map { Sanitizer.sanitize($0, maxCharacters: 40) }
            text += " \(glyphs.separator) " + tr("matrix.info.common", value.joined(separator: " "), summary.mostCommonCount)
        }
        if let limitation = IntegrationCatalog.entry(for: focusedType).limitation {
            text += " \(glyphs.separator) \(limitation.whenMissing)"
        }
        return text
    }

    /// `read just now`, `read 3 min ago`, `read 2 h ago`, `read 4 d ago`:
    /// how old a cached read is, which says more than the time it was made.
    static func age(of date: Date, now: Date) -> String {
        ago(date, now: now).map { tr("matrix.age.read", $0) } ?? tr("matrix.age.justnow")
    }

    /// `3 min ago`, `2 h ago`, `4 d ago`; nil within the first minute (and
    /// for a read stamped after `now`: clocks a moment apart).
    static func ago(_ date: Date, now: Date) -> String? {
        let seconds = max(Int(now.timeIntervalSince(date)), 0)
        switch seconds {
        case ..<60: return nil
        case ..<3_600: return tr("matrix.age.minutes", seconds / 60)
        case ..<86_400: return tr("matrix.age.hours", seconds / 3_600)
        default: return tr("matrix.age.days", seconds / 86_400)
        }
    }
}
