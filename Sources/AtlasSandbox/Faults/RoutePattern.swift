/// A method and path pattern such as `GET /api/atlas/v2/groups/*/integrations`.
///
/// `*` matches exactly one path segment, a trailing `**` any number of
/// segments (including none); a method of `*` matches every method. A query
/// after the path (`GET /api/atlas/v2/groups?pageNum=7`) names parameters
/// the request must carry with exactly those values (others may come too),
/// so a fault can hit one page of a list and leave the rest alone.
struct RoutePattern: Sendable, Equatable {
    var method: String?
    var segments: [String]
    /// Required `name=value` pairs, in the order written.
    var queryItems: [QueryItem] = []

    struct QueryItem: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// Parses `"METHOD /path"` or just `"/path"`; nil if there is no path.
    init?(_ text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        switch parts.count {
        case 1: method = nil
        case 2: method = parts[0] == "*" ? nil : parts[0].uppercased()
        default: return nil
        }
        guard let path = parts.last, path.hasPrefix("/") else { return nil }
        (segments, queryItems) = Self.split(target: String(path))
    }

    init(method: String?, path: String) {
        self.method = method.flatMap { $0 == "*" ? nil : $0.uppercased() }
        (segments, queryItems) = Self.split(target: path)
    }

    /// The path pattern, with its required query when it has one.
    var path: String {
        let path = "/" + segments.joined(separator: "/")
        guard !queryItems.isEmpty else { return path }
        return path + "?" + queryItems.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    func matches(method requestMethod: String, path: String, query: [(name: String, value: String)] = []) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
        for required in queryItems where !query.contains(where: { $0.name == required.name && $0.value == required.value }) {
            return false
        }
        let actual = Self.split(path)
        for (index, pattern) in segments.enumerated() {
            if pattern == "**" { return true }
            guard index < actual.count, pattern == "*" || pattern == actual[index] else { return false }
        }
        return actual.count == segments.count
    }

    static func split(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Splits `/path?a=1&b=2` into path segments and query pairs.
    private static func split(target: String) -> ([String], [QueryItem]) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let segments = split(String(parts.first ?? ""))
        guard parts.count == 2 else { return (segments, []) }
        let items = parts[1].split(separator: "&").map { pair in
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return QueryItem(name: String(halves[0]), value: halves.count == 2 ? String(halves[1]) : "")
        }
        return (segments, items)
    }
}
