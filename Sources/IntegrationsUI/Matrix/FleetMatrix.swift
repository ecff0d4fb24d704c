import AtlasAdmin

/// Projects × integration types: what each project has, and where the
/// projects differ. The TUI's matrix screen and the `matrix` command both
/// draw this one value.
///
/// Rows are the projects given, narrowed by the text filter (the picker's:
/// case, accents and width ignored, anywhere in the name); that is the
/// scope counted by each column's summary and grouped for drift. Within a
/// column, configured cells are grouped by `IntegrationFingerprint` (what a
/// read shows: masked tails, regions, clear fields); the most common group
/// is the column's norm, ties going to the value that sorts first, and
/// every other cell differs. A column filter (`missing TYPE`, `differs in
/// TYPE`) then narrows the rows shown, and a sort orders them.
///
/// Each read lands with `setRead`; drift counts change by the one row, so
/// thousands of rows arriving one by one stay cheap.
public struct FleetMatrix: Sendable, Equatable {
    /// The columns: the ten types of the catalog, in its order.
    public let types: [IntegrationType]
    public let projects: [MatrixProject]
    public private(set) var filter: MatrixFilter = .none
    public private(set) var sort: MatrixSort = .name
    /// The rows shown, as indices into `projects`, in display order.
    public private(set) var visibleRows: [Int] = []

    private var reads: [MatrixRead?]
    private var rowOfProject: [String: Int] = [:]
    private var names: FilterIndex
    /// Whether each project passes the text filter.
    private var inScope: [Bool]
    /// Per project and column (`row * types.count + column`): the variant
    /// index of a configured cell, `Self.notConfigured`, or `Self.unread`.
    private var variantOf: [Int]
    /// Per column, the fingerprints seen so far, in the order first seen.
    private var variants: [[IntegrationFingerprint]]
    private var variantIndex: [[IntegrationFingerprint: Int]]
    /// Per column and variant: how many rows in scope hold it.
    private var counts: [[Int]]
    /// Per column: the most common variant in scope.
    private var modes: [Int?]
    private let byName: [Int]
    private let byOrganization: [Int]
    /// Per column: whether the type can be created from here (what "missing" counts).
    private let creatable: [Bool]

    static let notConfigured = -1
    static let unread = -2

    /// A matrix of `projects`, none read yet; `organizationNames` by id.
    public init(projects: [Project], organizationNames: [String: String], query: String = "") {
        types = IntegrationType.known
        creatable = types.map { IntegrationCatalog.entry(for: $0).isCreatable }
        let rows = projects.map { project in
            MatrixProject(
                id: project.id, name: Sanitizer.sanitize(project.name, maxCharacters: 200),
                organizationID: project.orgID,
                organization: Sanitizer.sanitize(organizationNames[project.orgID] ?? project.orgID, maxCharacters: 200))
        }
        self.projects = rows
        for (index, project) in rows.enumerated() where rowOfProject[project.id] == nil {
            rowOfProject[project.id] = index
        }
        reads = Array(repeating: nil, count: rows.count)
        names = FilterIndex(names: rows.map(\.name))
        inScope = Array(repeating: true, count: rows.count)
        variantOf = Array(repeating: Self.unread, count: rows.count * types.count)
        variants = Array(repeating: [], count: types.count)
        variantIndex = Array(repeating: [:], count: types.count)
        counts = Array(repeating: [], count: types.count)
        modes = Array(repeating: nil, count: types.count)
        let folded = rows.map { FilterIndex.fold($0.name) }
        let foldedOrganizations = rows.map { FilterIndex.fold($0.organization) }
        let nameOrder = rows.indices.sorted { left, right in
            if folded[left] != folded[right] { return folded[left].lexicographicallyPrecedes(folded[right]) }
            return rows[left].id < rows[right].id
        }
        byName = nameOrder
        var rank = Array(repeating: 0, count: rows.count)
        for (position, row) in nameOrder.enumerated() { rank[row] = position }
        byOrganization = rows.indices.sorted { left, right in
            if foldedOrganizations[left] != foldedOrganizations[right] {
                return foldedOrganizations[left].lexicographicallyPrecedes(foldedOrganizations[right])
            }
            return rank[left] < rank[right]
        }
        setQuery(query)
    }

    // MARK: - Changes

    /// The read of `projectID` (nil: not read yet).
    public mutating func setRead(_ projectID: String, _ read: MatrixRead?) {
        guard let row = rowOfProject[projectID] else { return }
        if inScope[row] { count(row, by: -1) }
        reads[row] = read
        for column in types.indices {
            variantOf[row * types.count + column] = variant(of: read, column: column)
        }
        if inScope[row] {
            count(row, by: 1)
            for column in types.indices { updateMode(column) }
        }
        refreshVisible()
    }

    /// Many reads at once (the session's cache, when the matrix opens): the
    /// counts are made once, after all of them.
    public mutating func setReads(_ newReads: [String: MatrixRead]) {
        for (projectID, read) in newReads {
            guard let row = rowOfProject[projectID] else { continue }
            reads[row] = read
            for column in types.indices {
                variantOf[row * types.count + column] = variant(of: read, column: column)
            }
        }
        recount()
    }

    /// Narrows the scope to names containing `query`.
    public mutating func setQuery(_ query: String) {
        names.setQuery(query)
        recount()
    }

    private mutating func recount() {
        inScope = Array(repeating: false, count: projects.count)
        for row in names.matches { inScope[row] = true }
        for column in types.indices { counts[column] = Array(repeating: 0, count: variants[column].count) }
        for row in projects.indices where inScope[row] { count(row, by: 1) }
        for column in types.indices { updateMode(column) }
        refreshVisible()
    }

    public mutating func setFilter(_ filter: MatrixFilter) {
        self.filter = filter
        refreshVisible()
    }

    public mutating func setSort(_ sort: MatrixSort) {
        self.sort = sort
        refreshVisible()
    }

    // MARK: - Reading

    public var query: String { names.query }

    /// The text filter's match in `name`, for highlighting.
    public func matchRange(in name: String) -> Range<Int>? { names.matchRange(in: name) }

    public func read(_ projectID: String) -> MatrixRead? {
        rowOfProject[projectID].flatMap { reads[$0] }
    }

    /// The projects in scope (the text filter applied), in name order.
    public var scopeRows: [Int] { byName.filter { inScope[$0] } }

    /// The ids of projects in scope that have not been read.
    public var unreadInScope: [String] {
        byName.filter { inScope[$0] && reads[$0] == nil }.map { projects[$0].id }
    }

    public func row(of projectID: String) -> Int? { rowOfProject[projectID] }

    /// The cell of project `row` (an index into `projects`) in `column`.
    public func cell(_ row: Int, _ column: Int) -> MatrixCell {
        let type = types[column]
        switch reads[row]?.outcome {
        case nil: return .unread
        case .failure(let error)?: return .failed(error)
        case .success(let integrations)?:
            let variant = variantOf[row * types.count + column]
            guard variant >= 0, let integration = integrations.first(where: { $0.type == type }) else {
                return .missing(IntegrationCatalog.entry(for: type).limitation)
            }
            let differs = variants[column].count > 1 && inScope[row] && modes[column].map { $0 != variant } ?? false
            return .configured(MatrixCell.Configured(
                integration: integration, fingerprint: variants[column][variant], differs: differs,
                limitation: IntegrationCatalog.entry(for: type).limitation))
        }
    }

    /// What column `column` holds over the scope.
    public func summary(_ column: Int) -> MatrixColumnSummary {
        var read = 0, configured = 0
        for row in projects.indices where inScope[row] {
            guard case .success? = reads[row]?.outcome else { continue }
            read += 1
            if variantOf[row * types.count + column] >= 0 { configured += 1 }
        }
        let inUse = counts[column].filter { $0 > 0 }.count
        let mode = modes[column]
        return MatrixColumnSummary(
            type: types[column], configured: configured, read: read, variants: inUse,
            mostCommon: mode.map { variants[column][$0] }, mostCommonCount: mode.map { counts[column][$0] } ?? 0)
    }

    /// How far reading the scope has come.
    public var progress: MatrixProgress {
        var progress = MatrixProgress()
        for row in projects.indices where inScope[row] {
            progress.total += 1
            switch reads[row]?.outcome {
            case nil: break
            case .success?: progress.read += 1
            case .failure?: progress.failed += 1
            }
        }
        return progress
    }

    /// Whether project `row` is shown under `filter`.
    public func passes(_ row: Int, _ filter: MatrixFilter) -> Bool {
        switch filter {
        case .none:
            return true
        case .missing(let type):
            guard let column = types.firstIndex(of: type) else { return false }
            return variantOf[row * types.count + column] == Self.notConfigured
        case .differs(let type):
            guard let column = types.firstIndex(of: type), variants[column].count > 1, let mode = modes[column] else {
                return false
            }
            let variant = variantOf[row * types.count + column]
            return variant >= 0 && variant != mode
        }
    }

    // MARK: - Bookkeeping

    private mutating func variant(of read: MatrixRead?, column: Int) -> Int {
        guard case .success(let integrations)? = read?.outcome else { return Self.unread }
        guard let integration = integrations.first(where: { $0.type == types[column] }) else {
            return Self.notConfigured
        }
        let fingerprint = IntegrationFingerprint(integration)
        if let known = variantIndex[column][fingerprint] { return known }
        let index = variants[column].count
        variants[column].append(fingerprint)
        variantIndex[column][fingerprint] = index
        counts[column].append(0)
        return index
    }

    private mutating func count(_ row: Int, by delta: Int) {
        for column in types.indices {
            let variant = variantOf[row * types.count + column]
            if variant >= 0 { counts[column][variant] += delta }
        }
    }

    private mutating func updateMode(_ column: Int) {
        var best: Int?
        for (variant, count) in counts[column].enumerated() where count > 0 {
            guard let current = best else {
                best = variant
                continue
            }
            let currentCount = counts[column][current]
            if count > currentCount || (count == currentCount && variants[column][variant] < variants[column][current]) {
                best = variant
            }
        }
        modes[column] = best
    }

    private func missingCount(_ row: Int) -> Int {
        var missing = 0
        for column in types.indices where creatable[column] {
            if variantOf[row * types.count + column] == Self.notConfigured { missing += 1 }
        }
        return missing
    }

    private mutating func refreshVisible() {
        let order: [Int]
        switch sort {
        case .name: order = byName
        case .organization: order = byOrganization
        case .mostMissing:
            var rank = Array(repeating: 0, count: projects.count)
            for (position, row) in byName.enumerated() { rank[row] = position }
            // Rows not read (or failed) last: nothing is known to be missing there.
            let missing = projects.indices.map { row -> Int in
                if case .success? = reads[row]?.outcome { return missingCount(row) }
                return -1
            }
            order = byName.sorted { left, right in
                missing[left] != missing[right] ? missing[left] > missing[right] : rank[left] < rank[right]
            }
        }
        let filter = self.filter
        visibleRows = order.filter { inScope[$0] && passes($0, filter) }
    }
}
