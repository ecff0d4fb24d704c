/// Puts pages that were fetched out of order back in page order.
///
/// Pages after the first are fetched a few at a time and come back in any
/// order; a caller that shows rows as they arrive must still see the list
/// in Atlas's order, so a page waits here until every page before it is in.
/// Elements already released (a list that shifted while it was read) are
/// dropped, so what is released, concatenated, is the whole list once.
struct PageSequencer<Element> {
    private var waiting: [Int: [Element]] = [:]
    private var next = 1
    private var seen = Set<String>()
    private let id: (Element) -> String
    /// Everything released so far, in page order (kept only when asked:
    /// a caller that takes the pages as they come holds them itself).
    private(set) var released: [Element] = []
    /// How many elements have been released.
    private(set) var releasedCount = 0
    private let keepsReleased: Bool

    init(id: @escaping (Element) -> String, keepsReleased: Bool = true) {
        self.id = id
        self.keepsReleased = keepsReleased
    }

    /// Pages received but held back behind a missing earlier page.
    var waitingCount: Int { waiting.count }

    /// Adds page `number` and returns the elements that can now be released:
    /// this page and any waiting behind it, or nothing while an earlier page
    /// is missing. A page number seen before is ignored.
    mutating func add(_ number: Int, _ elements: [Element]) -> [Element] {
        guard number >= next, waiting[number] == nil else { return [] }
        waiting[number] = elements
        var ready: [Element] = []
        while let page = waiting.removeValue(forKey: next) {
            for element in page where seen.insert(id(element)).inserted {
                ready.append(element)
            }
            next += 1
        }
        releasedCount += ready.count
        if keepsReleased { released.append(contentsOf: ready) }
        return ready
    }
}
