import Foundation

/// Reads a `401` to tell "who are you?" from "you may not".
enum UnauthorizedResponse {
    /// `401` codes that mean "we know who you are, and you may not do this":
    /// new credentials would get the same answer, so the client does not
    /// spend a round trip on them.
    static let authenticatedButForbidden: Set<String> = [
        "USER_UNAUTHORIZED", "NOT_IN_GROUP", "USER_CANNOT_ACCESS_GROUP", "USER_CANNOT_ACCESS_ORG",
        "NOT_ORG_GROUP_CREATOR", "NOT_ORG_MEMBER",
    ]

    /// The `errorCode` of an Atlas error body, when there is one.
    static func errorCode(of response: HTTPResponse) -> String? {
        guard !JSONNesting.isTooDeep(response.body),
              let object = try? JSONDecoder().decode([String: JSONValue].self, from: response.body) else {
            return nil
        }
        return object["errorCode"]?.stringValue
    }

    /// Whether the `401` says the caller was identified but lacks a role.
    static func isForbidden(_ response: HTTPResponse) -> Bool {
        errorCode(of: response).map(authenticatedButForbidden.contains) ?? false
    }
}
