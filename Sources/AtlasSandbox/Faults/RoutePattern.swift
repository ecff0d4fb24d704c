/// A method and path pattern such as `GET /api/atlas/v2/groups/*/integrations`.
///
/// `*` matches exactly one path segment, a trailing `**` any number of
/// segments (including none); a method of `*` matches every method.
struct RoutePattern: Sendable, Equatable {
    var method: String?
    var segments: [String]

    /// Parses `"METHOD /path"` or just `"/path"`; nil if there is no path.
    init?(_ text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        switch parts.count {
        case 1: method = nil
        case 2: method = parts[0] == "*" ? nil : parts[0].uppercased()
        default: return nil
        }
        guard let path = parts.last, path.hasPrefix("/") else { return nil }
        segments = Self.split(String(path))
    }

    init(method: String?, path: String) {
        self.method = method.flatMap { $0 == "*" ? nil : $0.uppercased() }
        self.segments = Self.split(path)
    }

    var path: String { "/" + segments.joined(separator: "/") }

    func matches(method requestMethod: String, path: String) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
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
}
