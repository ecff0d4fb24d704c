/// Selection and scrolling over `count` rows, clamped after every change,
/// with `pageSize` rows visible (set by the screen from its layout).
public struct ListCursor: Sendable, Hashable {
    public private(set) var count: Int
    public private(set) var selected: Int
    /// First visible row.
    public private(set) var top: Int
    public private(set) var pageSize: Int
    public var keyMap = ListKeyMap()

    public init(count: Int = 0, pageSize: Int = 10) {
        self.count = max(count, 0)
        self.selected = 0
        self.top = 0
        self.pageSize = max(pageSize, 1)
    }

    public mutating func setCount(_ newCount: Int) {
        count = max(newCount, 0)
        clamp()
    }

    public mutating func setPageSize(_ rows: Int) {
        pageSize = max(rows, 1)
        clamp()
    }

    public mutating func select(_ row: Int) {
        selected = row
        clamp()
    }

    /// Moves for a movement key; false when the key is not one.
    public mutating func handle(_ key: Key) -> Bool {
        if keyMap.up.matches(key) {
            select(selected - 1)
        } else if keyMap.down.matches(key) {
            select(selected + 1)
        } else if keyMap.pageUp.matches(key) {
            select(selected - pageSize)
        } else if keyMap.pageDown.matches(key) {
            select(selected + pageSize)
        } else if keyMap.home.matches(key) {
            select(0)
        } else if keyMap.end.matches(key) {
            select(count - 1)
        } else {
            return false
        }
        return true
    }

    /// Keeps the selection within bounds and on screen.
    private mutating func clamp() {
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
        if selected < top { top = selected }
        if selected >= top + pageSize { top = selected - pageSize + 1 }
        top = max(0, min(top, max(count - pageSize, 0)))
    }

    public var visibleRange: Range<Int> { top..<min(top + pageSize, count) }
}
