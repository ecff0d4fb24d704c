/// An Atlas `ApiError` on its way to the client.
///
/// Handlers throw this; the pipeline renders it as the `ApiError` body
/// (`detail`, `error`, `errorCode`, `parameters`, `reason` and, for body
/// validation, `badRequestDetail.fields`) with any extra headers such as a
/// Digest challenge or `Retry-After`.
struct ApiFailure: Error, Sendable {
    /// One offending request-body field (`FieldViolation`).
    struct Field: Sendable, Equatable {
        var field: String
        var description: String
    }

    var status: Int
    var errorCode: String
    var detail: String
    var parameters: [JSONValue] = []
    var fields: [Field] = []
    var headers: [(name: String, value: String)] = []

    /// The `ApiError` object.
    var body: JSONValue {
        var members: [String: JSONValue] = [
            "detail": .string(detail),
            "error": .int(status),
            "errorCode": .string(errorCode),
            "parameters": .array(parameters),
            "reason": .string(HTTPReason.phrase(for: status)),
        ]
        if !fields.isEmpty {
            members["badRequestDetail"] = .object([
                "fields": .array(fields.map { .object(["field": .string($0.field), "description": .string($0.description)]) }),
            ])
        }
        return .object(members)
    }
}
