import Foundation
import Testing
@testable import AtlasAdmin

@Suite struct ResponseDecoderTests {
    private func error(_ status: Int, _ body: String, headers: [String: String] = [:]) -> AtlasError {
        ResponseDecoder.error(from: HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    @Test func proxyHTMLPageIsATransportFailureThatKeepsTheStatus() {
        let error = error(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", headers: ["Content-Type": "text/html"])
        guard case .transport(let failure) = error else {
            Issue.record("expected a transport failure")
            return
        }
        #expect(failure.kind == .malformedBody)
        #expect(failure.status == 502)
        #expect(error.status == 502)
        #expect(error.message.contains("HTML"))
    }

    @Test func truncatedJSONIsAMalformedBody() {
        guard case .transport(let failure) = error(500, #"{"error":500,"errorCode":"UNEXP"#) else {
            Issue.record("expected a transport failure")
            return
        }
        #expect(failure.kind == .malformedBody)
        #expect(failure.detail.contains("cut short"))
    }

    @Test func successBodyThatIsNotJSONIsMalformed() {
        let response = HTTPResponse(status: 200, body: Data("<html>login</html>".utf8))
        #expect(throws: AtlasError.self) { try ResponseDecoder.decode(Page<Project>.self, from: response) }
        do {
            _ = try ResponseDecoder.decode(Page<Project>.self, from: response)
        } catch {
            #expect(error.status == 200)
            if case .transport(let failure) = error { #expect(failure.kind == .malformedBody) }
        }
    }

    @Test func missingAndNullPartsAreTolerated() {
        let error = error(404, #"{"error":404,"errorCode":"INTEGRATION_NOT_CONFIGURED","detail":null,"parameters":null,"badRequestDetail":null}"#)
        guard case .api(let detail) = error else {
            Issue.record("expected an API error")
            return
        }
        #expect(detail.errorCode == "INTEGRATION_NOT_CONFIGURED")
        #expect(detail.detail == nil)
        #expect(detail.parameters.isEmpty)
        #expect(detail.fieldViolations.isEmpty)
        #expect(error.message == "404 INTEGRATION_NOT_CONFIGURED")
    }

    @Test func fieldViolationsNameTheField() {
        let body = #"{"error":400,"errorCode":"VALIDATION_ERROR","detail":"bad","badRequestDetail":{"fields":[{"field":"body.channelName","description":"must not be blank"},{"description":"no field"}]}}"#
        guard case .api(let detail) = error(400, body) else {
            Issue.record("expected an API error")
            return
        }
        #expect(detail.fieldViolations == [FieldViolation(field: "body.channelName", description: "must not be blank")])
        #expect(detail.field == "channelName")
    }

    @Test func unauthorizedKeepsItsErrorCode() {
        let error = error(401, #"{"error":401,"errorCode":"USER_UNAUTHORIZED","detail":"Current user is not authorized to perform this action.","reason":"Unauthorized"}"#)
        #expect(error.status == 401)
        #expect(error.errorCode == "USER_UNAUTHORIZED")
        #expect(!error.isRetryable)
    }

    @Test func oauthErrorBodyBecomesAnAPIError() {
        let error = error(401, #"{"error":"invalid_client","error_description":"Client authentication failed"}"#)
        #expect(error.errorCode == "INVALID_CLIENT")
        #expect(error.message == "401 INVALID_CLIENT: Client authentication failed")
    }

    @Test func emptyBodyUsesTheReasonPhrase() {
        let error = error(503, "")
        #expect(error.status == 503)
        #expect(error.message.hasPrefix("HTTP 503"))
        #expect(error.isRetryable)
    }

    @Test func messagesAreOneLineWithoutControlCharacters() {
        let body = "{\"error\":400,\"errorCode\":\"INVALID_URL\",\"detail\":\"Invalid URL\\n\\u001b[31mred\\u001b[0m\\ttab.\"}"
        let message = error(400, body).message
        #expect(!message.contains("\n"))
        #expect(!message.contains("\u{1b}"))
        #expect(!message.contains("\t"))
    }

    @Test func echoedSecretsAreBlanked() {
        let url = SecretValue("https://hooks.example.com/T000/B000/XXXXSECRET")
        let body = #"{"error":400,"errorCode":"INVALID_URL","detail":"Invalid URL https://hooks.example.com/T000/B000/XXXXSECRET.","parameters":["https://hooks.example.com/T000/B000/XXXXSECRET"]}"#
        let error = ResponseDecoder.error(from: HTTPResponse(status: 400, body: Data(body.utf8)), redacting: [url])
        #expect(!error.message.contains("XXXXSECRET"))
        if case .api(let detail) = error { #expect(detail.parameters == ["****"]) }
        // Webhook and Teams URLs both get INVALID_URL: the form, which knows
        // the type, places it (IntegrationsUITests).
        #expect(error.field == nil)
    }

    @Test func retryAfterAcceptsAnHTTPDate() {
        let future = Date().addingTimeInterval(120)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let response = HTTPResponse(status: 429, headers: ["retry-after": formatter.string(from: future)])
        let seconds = response.retryAfterSeconds ?? -1
        #expect((100...121).contains(seconds))
        #expect(HTTPResponse(status: 429, headers: ["Retry-After": "soon"]).retryAfterSeconds == nil)
    }
}
