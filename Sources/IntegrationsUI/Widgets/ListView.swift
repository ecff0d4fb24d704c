/// A list with selection, scrolling and an incremental filter: one widget
/// for the project picker and the integrations menu.
///
/// Rows are positions in the filtered list; `item(at:)` maps a row back to
/// the index of the item it shows. Only `visibleRows` are ever rendered, so
/// drawing costs the same for ten items or a hundred thousand.
public struct ListView: Sendable, Equatable {
    public private(set) var cursor = ListCursor()
    public private(set) var filter = FilterIndex()

    public init(names: [String] = [], pageSize: Int = 10) {
        filter = FilterIndex(names: names)
        cursor = ListCursor(count: filter.matches.count, pageSize: pageSize)
    }

    /// Items in the index (filtered or not).
    public var itemCount: Int { filter.count }
    /// Rows shown after filtering.
    public var rowCount: Int { filter.matches.count }
    public var query: String { filter.query }

    /// The item index of the selected row, nil when nothing matches.
    public var selectedItem: Int? { item(at: cursor.selected) }

    public func item(at row: Int) -> Int? {
        filter.matches.indices.contains(row) ? filter.matches[row] : nil
    }

    /// The rows on screen, each with the item it shows.
    public var visibleRows: [(row: Int, item: Int)] {
        cursor.visibleRange.compactMap { row in item(at: row).map { (row, $0) } }
    }

    public mutating func append(names: [String]) {
        filter.append(names)
        cursor.setCount(filter.matches.count)
    }

    public mutating func replace(names: [String]) {
        let query = filter.query
        filter = FilterIndex(names: names)
        filter.setQuery(query)
        cursor.setCount(filter.matches.count)
    }

    /// Filters; the selected item stays selected when it still matches.
    public mutating func setQuery(_ query: String) {
        let previous = selectedItem
        filter.setQuery(query)
        cursor.setCount(filter.matches.count)
        if let previous, let row = filter.matches.firstIndex(of: previous) {
            cursor.select(row)
        } else {
            cursor.select(0)
        }
    }

    public mutating func setPageSize(_ rows: Int) { cursor.setPageSize(rows) }
    public mutating func selectRow(_ row: Int) { cursor.select(row) }

    /// Selects the row showing `item`, if it is shown.
    public mutating func selectItem(_ item: Int) {
        if let row = filter.matches.firstIndex(of: item) { cursor.select(row) }
    }

    /// Moves the selection for a movement key; false when the key is not one.
    public mutating func handle(_ key: Key) -> Bool { cursor.handle(key) }

    public var bindings: [KeyBinding] { cursor.keyMap.all }
}
