/// One page of a paginated Atlas list (`Paginated…View`).
///
/// `results` is required (a body without it is not a page); `totalCount` is
/// optional and, per Atlas, only an estimate, so paging stops on a short page
/// rather than on the count.
public struct Page<Element: Decodable & Sendable>: Sendable, Decodable {
    public var results: [Element]
    public var totalCount: Int?
    public var links: [PageLink]

    public init(results: [Element], totalCount: Int? = nil, links: [PageLink] = []) {
        self.results = results
        self.totalCount = totalCount
        self.links = links
    }

    /// The `rel: "next"` link Atlas adds when another page exists.
    public var nextLink: String? {
        links.first { $0.rel == "next" }?.href
    }

    private enum CodingKeys: String, CodingKey { case results, totalCount, links }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        results = try container.decode([Element].self, forKey: .results)
        totalCount = try? container.decodeIfPresent(Int.self, forKey: .totalCount)
        links = (try? container.decodeIfPresent([PageLink].self, forKey: .links)) ?? []
    }
}
