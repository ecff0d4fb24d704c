import Foundation

/// Builds paginated bodies (`links`, `results`, `totalCount`) with Atlas's
/// `self`, `previous` and `next` links.
enum PageBody {
    static func make(_ results: [JSONValue], total: Int, page: PageRequest, context: RequestContext,
                     extraQuery: [(String, String)] = []) -> JSONValue {
        func link(_ pageNum: Int, _ rel: String) -> JSONValue {
            var query = "includeCount=\(page.includeCount)&pageNum=\(pageNum)&itemsPerPage=\(page.itemsPerPage)"
            for (name, value) in extraQuery {
                query += "&\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? value)"
            }
            return .object(["href": .string("\(context.baseURL)\(context.path)?\(query)"), "rel": .string(rel)])
        }
        var links = [link(page.pageNum, "self")]
        if page.pageNum > 1 { links.append(link(page.pageNum - 1, "previous")) }
        if page.hasNext(total: total) { links.append(link(page.pageNum + 1, "next")) }
        var members: [String: JSONValue] = ["links": .array(links), "results": .array(results)]
        if page.includeCount { members["totalCount"] = .int(total) }
        return .object(members)
    }

    /// A resource's own `links` array.
    static func selfLinks(_ href: String) -> JSONValue {
        .array([.object(["href": .string(href), "rel": .string("self")])])
    }
}
