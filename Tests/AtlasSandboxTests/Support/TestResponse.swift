@testable import AtlasSandbox
import Foundation

/// What a test request got back.
struct TestResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as JSON, or `.null` if it is not JSON.
    var json: JSONValue {
        (try? JSONDecoder().decode(JSONValue.self, from: body)) ?? .null
    }

    /// `errorCode` of an `ApiError` body.
    var errorCode: String? { json["errorCode"]?.stringValue }

    /// A header, looked up case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
