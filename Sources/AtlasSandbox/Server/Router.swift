/// Finds the route for a request. Earlier rows win, so literal segments
/// (`groups/byName/…`) are listed before captures (`groups/{groupId}`).
struct Router: Sendable {
    enum Resolution: Sendable {
        case matched(Route, parameters: [String: String])
        /// The path exists but not with this method.
        case methodNotAllowed
        case notFound
    }

    let routes: [Route]

    func resolve(method: String, path: String) -> Resolution {
        let segments = path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        var pathExists = false
        for route in routes {
            guard let parameters = route.match(segments) else { continue }
            if route.method == method { return .matched(route, parameters: parameters) }
            pathExists = true
        }
        return pathExists ? .methodNotAllowed : .notFound
    }
}
