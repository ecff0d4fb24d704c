import Foundation

/// What a route handler gets to know about its request.
struct RequestContext: Sendable {
    let method: String
    /// The path as sent (percent-encoded).
    let path: String
    /// Values of the route's `{placeholders}`, percent-decoded.
    let parameters: [String: String]
    let query: QueryParameters
    let body: Data
    let authorization: String?
    /// Who is calling; nil on routes that do their own authentication.
    let principal: Principal?
    /// `http://host:port` as the client addressed the server, for links.
    let baseURL: String

    func parameter(_ name: String) -> String {
        parameters[name] ?? ""
    }
}
