extension AtlasClient {
    /// Reports list progress: items loaded so far, and Atlas's estimate of
    /// the total when it sent one.
    public typealias ProgressHandler = @Sendable (_ loaded: Int, _ total: Int?) -> Void

    /// Hands over a list's elements page by page, in page order, as soon as
    /// every earlier page is in: `released` holds the elements that became
    /// available (none while this page waits for an earlier one, several
    /// pages' worth when a missing one arrives), `loaded` how many elements
    /// have been fetched so far and `total` Atlas's estimate, when it sent one.
    public typealias PageHandler<Element> = @Sendable (_ released: [Element], _ loaded: Int, _ total: Int?) -> Void

    /// Every element of a paginated list.
    ///
    /// The first page says how many there are (`totalCount`); the remaining
    /// pages are then fetched a few at a time. Because Atlas calls the total
    /// an estimate, paging goes on past it until a page comes back short,
    /// and elements seen twice (a list that shifted while it was read) are
    /// kept once. `pages` hears each page's elements in order while the rest
    /// are still loading; together they are exactly the list returned.
    func allPages<Element: Decodable & Sendable>(
        _ path: [String], query: [(String, String)] = [], id: @escaping @Sendable (Element) -> String,
        progress: ProgressHandler? = nil, pages: PageHandler<Element>? = nil
    ) async throws(AtlasError) -> [Element] {
        try await pagesInOrder(path, query: query, id: id, keeps: true, progress: progress, pages: pages).released
    }

    /// Like `allPages`, but the elements only go to `pages` (a picker of
    /// 20,000 projects holds them once, not twice); returns how many.
    func streamPages<Element: Decodable & Sendable>(
        _ path: [String], query: [(String, String)] = [], id: @escaping @Sendable (Element) -> String,
        pages: @escaping PageHandler<Element>
    ) async throws(AtlasError) -> Int {
        try await pagesInOrder(path, query: query, id: id, keeps: false, progress: nil, pages: pages).releasedCount
    }

    private func pagesInOrder<Element: Decodable & Sendable>(
        _ path: [String], query: [(String, String)], id: @escaping @Sendable (Element) -> String,
        keeps: Bool, progress: ProgressHandler?, pages: PageHandler<Element>?
    ) async throws(AtlasError) -> PageSequencer<Element> {
        let size = configuration.pageSize
        var sequencer = PageSequencer<Element>(id: id, keepsReleased: keeps)
        var loaded = 0
        func received(_ number: Int, _ elements: [Element], total: Int?) {
            loaded += elements.count
            let released = sequencer.add(number, elements)
            progress?(loaded, total)
            pages?(released, loaded, total)
        }
        let first = try await page(Element.self, path, query: query, number: 1)
        received(1, first.results, total: first.totalCount)
        var lastFetched = 1
        var lastWasFull = first.results.count >= size

        if lastWasFull, let total = first.totalCount, total > size {
            let lastPage = min((total + size - 1) / size, Self.maxPages)
            var lastCount = 0
            try await parallelPages(
                Element.self, path, query: query, numbers: Array(2...max(2, lastPage))
            ) { number, elements in
                if number == max(2, lastPage) { lastCount = elements.count }
                received(number, elements, total: total)
            }
            lastFetched = max(2, lastPage)
            lastWasFull = lastCount >= size
        }
        while lastWasFull, lastFetched < Self.maxPages {
            lastFetched += 1
            let next = try await page(Element.self, path, query: query, number: lastFetched)
            received(lastFetched, next.results, total: next.totalCount ?? first.totalCount)
            lastWasFull = next.results.count >= size
        }
        return sequencer
    }

    /// A guard against a server that never sends a short page.
    static let maxPages = 10_000

    /// One page: `itemsPerPage`, `pageNum` and `includeCount=true`.
    func page<Element: Decodable & Sendable>(
        _ type: Element.Type, _ path: [String], query: [(String, String)], number: Int
    ) async throws(AtlasError) -> Page<Element> {
        let paging = [
            ("includeCount", "true"), ("itemsPerPage", String(configuration.pageSize)), ("pageNum", String(number)),
        ]
        return try await get(Page<Element>.self, path, query: query + paging)
    }

    /// Fetches `numbers` with at most `maxConcurrentPageFetches` in flight;
    /// `onPage` runs on the calling task with each page as it arrives (in
    /// whatever order they come back).
    private func parallelPages<Element: Decodable & Sendable>(
        _ type: Element.Type, _ path: [String], query: [(String, String)], numbers: [Int],
        onPage: (_ number: Int, _ elements: [Element]) -> Void
    ) async throws(AtlasError) {
        let limit = configuration.maxConcurrentPageFetches
        do {
            try await withThrowingTaskGroup(of: (Int, [Element]).self) { group in
                var pending = numbers[...]
                func startNext() {
                    guard let number = pending.popFirst() else { return }
                    group.addTask {
                        (number, try await self.page(Element.self, path, query: query, number: number).results)
                    }
                }
                for _ in 0..<min(limit, numbers.count) { startNext() }
                while let (number, elements) = try await group.next() {
                    onPage(number, elements)
                    startNext()
                }
            }
        } catch let error as AtlasError {
            throw error
        } catch {
            throw .cancelled
        }
    }

    /// Keeps elements whose name starts with `prefix`, ignoring case, as
    /// Atlas's own `name` filter does.
    static func matches(_ name: String, prefix: String?) -> Bool {
        guard let prefix, !prefix.isEmpty else { return true }
        return name.lowercased().hasPrefix(prefix.lowercased())
    }
}
