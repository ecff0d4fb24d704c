extension AtlasClient {
    /// Reports list progress: items loaded so far, and Atlas's estimate of
    /// the total when it sent one.
    public typealias ProgressHandler = @Sendable (_ loaded: Int, _ total: Int?) -> Void

    /// Every element of a paginated list.
    ///
    /// The first page says how many there are (`totalCount`); the remaining
    /// pages are then fetched a few at a time. Because Atlas calls the total
    /// an estimate, paging goes on past it until a page comes back short,
    /// and elements seen twice (a list that shifted while it was read) are
    /// kept once.
    func allPages<Element: Decodable & Sendable>(
        _ path: [String], query: [(String, String)] = [], id: @escaping @Sendable (Element) -> String,
        progress: ProgressHandler? = nil
    ) async throws(AtlasError) -> [Element] {
        let size = configuration.pageSize
        let first = try await page(Element.self, path, query: query, number: 1)
        var pages: [Int: [Element]] = [1: first.results]
        var loaded = first.results.count
        progress?(loaded, first.totalCount)
        var lastFetched = 1
        var lastWasFull = first.results.count >= size

        if lastWasFull, let total = first.totalCount, total > size {
            let lastPage = min((total + size - 1) / size, Self.maxPages)
            let fetched = try await parallelPages(
                Element.self, path, query: query, numbers: Array(2...max(2, lastPage))
            ) { count in
                loaded += count
                progress?(loaded, total)
            }
            pages.merge(fetched) { old, _ in old }
            lastFetched = max(2, lastPage)
            lastWasFull = (pages[lastFetched]?.count ?? 0) >= size
        }
        while lastWasFull, lastFetched < Self.maxPages {
            lastFetched += 1
            let next = try await page(Element.self, path, query: query, number: lastFetched)
            pages[lastFetched] = next.results
            loaded += next.results.count
            progress?(loaded, next.totalCount ?? first.totalCount)
            lastWasFull = next.results.count >= size
        }

        var seen = Set<String>()
        var all: [Element] = []
        all.reserveCapacity(loaded)
        for number in pages.keys.sorted() {
            for element in pages[number] ?? [] where seen.insert(id(element)).inserted {
                all.append(element)
            }
        }
        return all
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
    /// `onPage` runs on the calling task as each page arrives.
    private func parallelPages<Element: Decodable & Sendable>(
        _ type: Element.Type, _ path: [String], query: [(String, String)], numbers: [Int],
        onPage: (Int) -> Void
    ) async throws(AtlasError) -> [Int: [Element]] {
        let limit = configuration.maxConcurrentPageFetches
        do {
            return try await withThrowingTaskGroup(of: (Int, [Element]).self) { group in
                var pending = numbers[...]
                var results: [Int: [Element]] = [:]
                func startNext() {
                    guard let number = pending.popFirst() else { return }
                    group.addTask {
                        (number, try await self.page(Element.self, path, query: query, number: number).results)
                    }
                }
                for _ in 0..<min(limit, numbers.count) { startNext() }
                while let (number, elements) = try await group.next() {
                    results[number] = elements
                    onPage(elements.count)
                    startNext()
                }
                return results
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
