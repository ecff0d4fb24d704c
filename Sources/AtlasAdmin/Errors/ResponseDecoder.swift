import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Turns Atlas responses into values or into the one error type.
///
/// Error bodies are read leniently (any part of `ApiError` may be missing or
/// `null`); a body that is not Atlas JSON at all, such as a proxy's HTML page
/// or a body cut short, becomes a transport failure that keeps the status.
enum ResponseDecoder {
    /// The decoded body of a successful response.
    static func decode<Value: Decodable>(_ type: Value.Type, from response: HTTPResponse) throws(AtlasError) -> Value {
        guard !JSONNesting.isTooDeep(response.body) else {
            throw .transport(malformed(response, expected: .answer))
        }
        do {
            return try JSONDecoder().decode(Value.self, from: response.body)
        } catch {
            throw .transport(malformed(response, expected: .answer))
        }
    }

    /// The error for a response whose status is not a success.
    static func error(from response: HTTPResponse, redacting secrets: [SecretValue] = []) -> AtlasError {
        let clean = { (text: String) in MessageSanitizer.oneLine(text, redacting: secrets) }
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .api(APIErrorDetail(
                status: response.status, errorCode: "",
                reason: HTTPURLResponse.localizedString(forStatusCode: response.status).capitalized,
                retryAfter: response.retryAfterSeconds, rateLimitRemaining: response.rateLimitRemaining))
        }
        guard !JSONNesting.isTooDeep(response.body),
              let object = try? JSONDecoder().decode([String: JSONValue].self, from: response.body) else {
            return .transport(malformed(response, expected: .errorBody))
        }
        let atlasCode = object["errorCode"]?.stringValue
        // OAuth endpoints answer RFC 6749 §5.2 bodies: {"error": "invalid_client", …}.
        let oauthCode = object["error"]?.stringValue
        guard atlasCode != nil || oauthCode != nil || object["detail"] != nil || object["reason"] != nil else {
            return .transport(malformed(response, expected: .errorBody))
        }
        let detail = object["detail"]?.stringValue ?? object["error_description"]?.stringValue
        let parameters: [String] = if case .array(let values)? = object["parameters"] {
            values.map { clean(text(of: $0)) }
        } else {
            []
        }
        var violations: [FieldViolation] = []
        if case .object(let badRequest)? = object["badRequestDetail"], case .array(let fields)? = badRequest["fields"] {
            for case .object(let entry) in fields {
                guard let field = entry["field"]?.stringValue else { continue }
                violations.append(FieldViolation(
                    field: clean(field), description: clean(entry["description"]?.stringValue ?? "")))
            }
        }
        return .api(APIErrorDetail(
            status: response.status,
            errorCode: clean(atlasCode ?? oauthCode?.uppercased() ?? ""),
            detail: detail.map(clean),
            reason: object["reason"]?.stringValue.map(clean),
            parameters: parameters,
            fieldViolations: violations,
            retryAfter: response.retryAfterSeconds,
            rateLimitRemaining: response.rateLimitRemaining))
    }

    /// A `malformedBody` failure that says what the body looked like.
    static func malformed(_ response: HTTPResponse, expected: Expected) -> TransportFailure {
        let contentType = response.header("Content-Type")?.lowercased() ?? ""
        let start = response.body.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        let looksJSON = start == UInt8(ascii: "{") || start == UInt8(ascii: "[")
        if contentType.contains("html") || start == UInt8(ascii: "<") {
            return TransportFailure(kind: .malformedBody, status: response.status, detailKey: expected.htmlKey)
        } else if looksJSON, JSONNesting.isTooDeep(response.body) {
            return TransportFailure(kind: .malformedBody, status: response.status, detailKey: "failures.detail.tooDeep")
        } else if looksJSON, (try? JSONSerialization.jsonObject(with: response.body)) == nil {
            return TransportFailure(kind: .malformedBody, status: response.status, detailKey: "failures.detail.incompleteJSON")
        } else if looksJSON {
            return TransportFailure(kind: .malformedBody, status: response.status, detailKey: expected.otherJSONKey)
        }
        return TransportFailure(kind: .malformedBody, status: response.status, detailKey: "failures.detail.notJSON",
                                String(response.body.count))
    }

    /// What a body was expected to be, for saying what it was instead.
    enum Expected {
        /// "an Atlas JSON answer"
        case answer
        /// "an Atlas error body"
        case errorBody

        var htmlKey: String {
            switch self {
            case .answer: "failures.detail.htmlInsteadOfAnswer"
            case .errorBody: "failures.detail.htmlInsteadOfErrorBody"
            }
        }

        var otherJSONKey: String {
            switch self {
            case .answer: "failures.detail.jsonNotAnswer"
            case .errorBody: "failures.detail.jsonNotErrorBody"
            }
        }
    }

    /// A parameter as text: strings as they are, whole numbers without `.0`.
    private static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return JSONValue.text(of: number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array, .object:
            guard let data = try? JSONEncoder().encode(value) else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
