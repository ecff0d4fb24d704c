/// One row of the route table: method and path template to a handler that
/// returns a response value.
struct Route: Sendable {
    /// How the pipeline treats requests to this route.
    enum Access: Sendable, Equatable {
        /// Admin API: authenticated, versioned, rate limited.
        case api
        /// OAuth endpoints: client authentication inside the handler, plain JSON.
        case oauth
    }

    typealias Handler = @Sendable (RequestContext, SandboxCore) throws(ApiFailure) -> SandboxResponse

    let method: String
    /// Path segments; `{name}` segments capture a value.
    let template: [String]
    let access: Access
    let handler: Handler

    init(_ method: String, _ path: String, access: Access = .api, _ handler: @escaping Handler) {
        self.method = method
        self.template = path.split(separator: "/").map(String.init)
        self.access = access
        self.handler = handler
    }

    /// The captured values if `segments` fit the template.
    func match(_ segments: [String]) -> [String: String]? {
        guard segments.count == template.count else { return nil }
        var captured: [String: String] = [:]
        for (pattern, segment) in zip(template, segments) {
            if pattern.hasPrefix("{"), pattern.hasSuffix("}") {
                captured[String(pattern.dropFirst().dropLast())] = segment
            } else if pattern != segment {
                return nil
            }
        }
        return captured
    }
}
