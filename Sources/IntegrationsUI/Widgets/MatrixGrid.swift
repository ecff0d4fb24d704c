import AtlasAdmin

/// The matrix's table: a header of type names, one line per project, and
/// two summary lines (configured, variants) under the columns. It draws only
/// the rows it is given, so drawing costs the same for 40 projects or 20,000.
///
/// Columns are narrow on purpose: at 80 columns each cell has five, enough
/// for a key's last four characters and the mark of a differing value; the
/// region joins it when the terminal is wider, and so does an organization
/// column from 110 columns on. The focused cell's full value is the
/// screen's detail line.
struct MatrixGrid: Sendable, Equatable {
    let nameWidth: Int
    /// Zero when the organization column does not fit.
    let organizationWidth: Int
    /// Each cell with the space before it.
    let cellWidth: Int
    let columns: Int

    static let pointerWidth = 2
    static let minimumNameWidth = 16
    static let organizationFrom = 110

    init(width: Int, columns: Int) {
        self.columns = max(columns, 1)
        organizationWidth = width >= Self.organizationFrom ? 18 : 0
        let available = width - Self.pointerWidth - (organizationWidth > 0 ? organizationWidth + 1 : 0)
        cellWidth = min(max((available - Self.minimumNameWidth) / self.columns, 6), 14)
        nameWidth = max(available - cellWidth * self.columns, 8)
    }

    var contentWidth: Int { cellWidth - 1 }

    func header(_ matrix: FleetMatrix, focusedColumn: Int, glyphs: Glyphs) -> Line {
        var line = Line(String(repeating: " ", count: Self.pointerWidth))
        line.append(TextFitting.fit(tr("matrix.head.project"), to: nameWidth), .label)
        if organizationWidth > 0 {
            line.append(" ")
            line.append(TextFitting.fit(tr("matrix.head.organization"), to: organizationWidth), .label)
        }
        for (column, type) in matrix.types.enumerated() {
            let entry = IntegrationCatalog.entry(for: type)
            let name = DisplayWidth.of(entry.displayName) <= contentWidth ? entry.displayName : entry.shortName
            line.append(" ")
            line.append(TextFitting.fit(name, to: contentWidth, ellipsis: glyphs.ellipsis),
                        column == focusedColumn ? .title : .label)
        }
        return line
    }

    func row(
        _ matrix: FleetMatrix, _ row: Int, selected: Bool, focusedColumn: Int, refreshing: Bool, glyphs: Glyphs,
        marked: Bool = false
    ) -> Line {
        let project = matrix.projects[row]
        let base: StyleRole = selected ? .selection : .normal
        var line = Line((selected ? glyphs.pointer : " ") + (marked ? glyphs.check : " "), base)
        var name = Line()
        if let range = matrix.matchRange(in: project.name) {
            let characters = Array(project.name)
            name.append(String(characters[..<range.lowerBound]), base)
            name.append(String(characters[range]), .match)
            name.append(String(characters[range.upperBound...]), base)
        } else {
            name.append(project.name, base)
        }
        line.append(name.fitted(to: nameWidth, ellipsis: glyphs.ellipsis, fill: base))
        if organizationWidth > 0 {
            line.append(" ", base)
            line.append(TextFitting.fit(project.organization, to: organizationWidth, ellipsis: glyphs.ellipsis),
                        selected ? base : .dim)
        }
        for column in matrix.types.indices {
            let cell = matrix.cell(row, column)
            let text = MatrixCellText.short(cell, width: contentWidth, unread: glyphs.ellipsis, ellipsis: glyphs.ellipsis)
            // The project's name and the focused cell are highlighted; the
            // row's other cells keep their own marks (differs, error).
            let role: StyleRole = selected && column == focusedColumn ? .selection : Self.role(cell, refreshing: refreshing)
            line.append(" ")
            line.append(TextFitting.fit(text, to: contentWidth, ellipsis: glyphs.ellipsis), role)
        }
        return line
    }

    static func role(_ cell: MatrixCell, refreshing: Bool) -> StyleRole {
        switch cell {
        case .unread: .dim
        case .failed: .error
        case .missing: .dim
        case .configured(let configured):
            // One that cannot be changed from here is drawn dim, like the
            // cells of types it cannot be created in.
            configured.differs ? .warning : (refreshing || configured.limitation != nil ? .dim : .normal)
        }
    }

    /// The two lines under the columns: how many have one, in how many variants.
    func summaries(_ matrix: FleetMatrix, focusedColumn: Int, glyphs: Glyphs) -> [Line] {
        let summaries = matrix.types.indices.map { matrix.summary($0) }
        var configured = Line("  ")
        configured.append(TextFitting.fit(tr("matrix.head.configured"), to: nameWidth + (organizationWidth > 0 ? organizationWidth + 1 : 0)), .label)
        var variants = Line("  ")
        variants.append(TextFitting.fit(tr("matrix.head.variants"), to: nameWidth + (organizationWidth > 0 ? organizationWidth + 1 : 0)), .label)
        for (column, summary) in summaries.enumerated() {
            let focused = column == focusedColumn
            configured.append(" ")
            configured.append(TextFitting.fit(NumberText.grouped(summary.configured), to: contentWidth, ellipsis: glyphs.ellipsis),
                              focused ? .title : .dim)
            variants.append(" ")
            let count = summary.variants == 0 ? glyphs.dash : NumberText.grouped(summary.variants)
            variants.append(TextFitting.fit(count, to: contentWidth, ellipsis: glyphs.ellipsis),
                            summary.variants > 1 ? .warning : (focused ? .title : .dim))
        }
        return [configured, variants]
    }
}
