/// The paging parameters of a list request (`itemsPerPage` 1–500, default
/// 100; `pageNum` ≥ 1; `includeCount`, default true).
struct PageRequest: Sendable, Equatable {
    var itemsPerPage = 100
    var pageNum = 1
    var includeCount = true

    init(itemsPerPage: Int = 100, pageNum: Int = 1, includeCount: Bool = true) {
        self.itemsPerPage = itemsPerPage
        self.pageNum = pageNum
        self.includeCount = includeCount
    }

    init(query: QueryParameters) throws(ApiFailure) {
        itemsPerPage = try query.integer("itemsPerPage", default: 100, in: 1...500)
        pageNum = try query.integer("pageNum", default: 1, in: 1...Int(Int32.max))
        includeCount = try query.flag("includeCount", default: true)
    }

    /// The elements of this page: O(page size), whatever the collection size.
    func slice<C: RandomAccessCollection>(_ collection: C) -> C.SubSequence where C.Index == Int {
        let (start, overflow) = (pageNum - 1).multipliedReportingOverflow(by: itemsPerPage)
        guard !overflow, start < collection.count else { return collection[collection.endIndex...] }
        let lower = collection.startIndex + start
        let upper = collection.index(lower, offsetBy: min(itemsPerPage, collection.count - start))
        return collection[lower..<upper]
    }

    /// Whether a page follows this one.
    func hasNext(total: Int) -> Bool {
        pageNum < Int.max / itemsPerPage && pageNum * itemsPerPage < total
    }
}
