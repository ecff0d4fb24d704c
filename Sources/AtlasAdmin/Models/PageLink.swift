/// One entry of a response's `links`: `{"href": …, "rel": "self" | "next" | …}`.
public struct PageLink: Sendable, Hashable, Decodable {
    public var href: String
    public var rel: String

    public init(href: String, rel: String) {
        self.href = href
        self.rel = rel
    }

    private enum CodingKeys: String, CodingKey { case href, rel }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        href = (try? container.decodeIfPresent(String.self, forKey: .href)) ?? ""
        rel = (try? container.decodeIfPresent(String.self, forKey: .rel)) ?? ""
    }
}
