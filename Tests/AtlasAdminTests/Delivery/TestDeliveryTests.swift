import AtlasAdmin
import AtlasHashing
import AtlasSandbox
import Foundation
import Testing
import TestSupport

/// Test deliveries to a receiver on loopback that checks the signature with
/// Python's own HMAC: a right secret is accepted, a wrong one refused with
/// the receiver's 4xx shown, no secret sends no signature, silence times out,
/// and whatever the receiver answers is reported as safe text.
@Suite struct TestDeliveryTests {
    static let secret = "whsec-test-delivery-7f3a"
    static let project = DemoSeed.webhookProjectID

    static func webhook(_ url: String, secret: String?) throws -> TestDeliveryRequest {
        try TestDeliveryRequest(type: .webhook, url: url, secret: secret, projectID: project, projectName: "checkout-api")
    }

    static func withReceiver(_ body: (WebhookReceiver) async throws -> Void) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let receiver = try await WebhookReceiver.started(secret: secret, in: directory)
        defer { receiver.stop() }
        try await body(receiver)
    }

    @Test func hmacSHA1MatchesRFC2202() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(HMACSHA1.mac(key: Array(repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
            == "b617318655057264e28bc0b6fb378c8ef146be00")
        #expect(hex(HMACSHA1.mac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")
        #expect(HMACSHA1.base64Signature(of: Array("Hi There".utf8), secret: "") == "aVNsyE7uX+UcWwUa/4SF9cnvC1g=")
        #expect(Base64.encode(Array("ab".utf8)) == "YWI=")
    }

    @Test func aSignedSampleIsAcceptedByAReceiverThatChecksIt() async throws {
        try await Self.withReceiver { receiver in
            let report = await TestDeliverySender().send(try Self.webhook(receiver.baseURL + "/hook", secret: Self.secret))
            #expect(report.accepted, "\(report.outcome)")
            #expect(report.headline == "Accepted: HTTP 200")
            #expect(report.event == "alert.open")
            #expect(report.signature != nil)
            guard case .answered(_, let lines) = report.outcome else { return }
            #expect(lines == [#"{"received": true, "signed": true}"#])
            let received = try #require(try receiver.received().first)
            #expect(received.signatureValid)
            #expect(received.event == "alert.open")
            #expect(received.contentType == "application/json")
            #expect(Set(["id", "groupId", "eventTypeName", "status", "created", "updated", "humanReadable"])
                .isSubset(of: Set(received.bodyKeys)))
        }
    }

    @Test func aWrongSecretIsRefusedAndTheReceiversAnswerShown() async throws {
        try await Self.withReceiver { receiver in
            let report = await TestDeliverySender().send(try Self.webhook(receiver.baseURL + "/hook", secret: "not-the-secret"))
            #expect(!report.accepted)
            #expect(report.headline == "Refused by the receiver: HTTP 401")
            guard case .answered(401, let lines) = report.outcome else {
                Issue.record("expected the receiver's 401: \(report.outcome)")
                return
            }
            #expect(lines == ["signature mismatch", "expected a different secret"])
            #expect(try receiver.received().first?.signatureValid == false)
        }
    }

    @Test func noSecretSendsNoSignature() async throws {
        try await Self.withReceiver { receiver in
            let report = await TestDeliverySender().send(try Self.webhook(receiver.baseURL + "/hook", secret: ""))
            #expect(report.accepted)
            #expect(report.signature == nil)
            #expect(try receiver.received().first?.signaturePresent == false)
        }
    }

    @Test func silenceEndsInTheTimeoutLine() async throws {
        try await Self.withReceiver { receiver in
            let report = await TestDeliverySender(timeout: .seconds(2))
                .send(try Self.webhook(receiver.baseURL + "/silent", secret: Self.secret))
            guard case .failed(.timeout, let line) = report.outcome else {
                Issue.record("expected a timeout: \(report.outcome)")
                return
            }
            #expect(line == "No answer within 2 s: the receiver accepted the connection but stayed silent.")
        }
    }

    @Test func aRefusedConnectionAndARedirectEachGetTheirLine() async throws {
        try await Self.withReceiver { receiver in
            let redirected = await TestDeliverySender().send(try Self.webhook(receiver.baseURL + "/redirect", secret: nil))
            #expect(redirected.outcome == .redirected(status: 302, location: "/hook"))
            #expect(redirected.headline.contains("not followed; give Atlas the final URL"))
            #expect(try receiver.received().map(\.path) == ["/redirect"], "the redirect is not followed")
        }
        // Port 1 on loopback: nothing listens there.
        let refused = await TestDeliverySender().send(try Self.webhook("http://127.0.0.1:1/hook", secret: nil))
        guard case .failed(.refused, let line) = refused.outcome else {
            Issue.record("expected a refused connection: \(refused.outcome)")
            return
        }
        #expect(line == "Connection refused: nothing listens at http://127.0.0.1:1 from this machine.")
    }

    @Test func anUntrustedCertificateGetsTheTLSLine() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let receiver = try await WebhookReceiver.started(secret: Self.secret, in: directory, selfSignedTLS: true)
        defer { receiver.stop() }
        let url = try #require(receiver.tlsBaseURL) + "/hook"
        let report = await TestDeliverySender().send(try Self.webhook(url, secret: Self.secret))
        guard case .failed(.tls, let line) = report.outcome else {
            Issue.record("expected a TLS failure: \(report.outcome)")
            return
        }
        #expect(line.hasPrefix("The TLS handshake with https://127.0.0.1:"))
        #expect(try receiver.received().isEmpty, "nothing was delivered over an untrusted connection")
    }

    @Test func aHostileAnswerIsReportedAsInertTextWithTheSecretMasked() async throws {
        try await Self.withReceiver { receiver in
            let report = await TestDeliverySender().send(try Self.webhook(receiver.baseURL + "/hostile", secret: Self.secret))
            guard case .answered(500, let lines) = report.outcome else {
                Issue.record("expected the receiver's 500: \(report.outcome)")
                return
            }
            #expect(lines.count == 3)
            #expect(lines.allSatisfy { line in !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f } })
            #expect(!lines.joined().contains("52;c"), "an escape sequence goes whole")
            #expect(!lines.joined().contains(Self.secret), "an echoed secret is masked")
            #expect(lines[1] == "secret was ****")
        }
    }

    @Test func teamsGetsAMessageCardAndNoSignature() async throws {
        try await Self.withReceiver { receiver in
            let request = try TestDeliveryRequest(
                type: .microsoftTeams, url: receiver.baseURL + "/hook", secret: nil,
                projectID: Self.project, projectName: "대시보드-운영")
            let report = await TestDeliverySender().send(request)
            #expect(report.accepted)
            #expect(report.event == nil && report.signature == nil)
            let received = try #require(try receiver.received().first)
            #expect(received.bodyType == "message")
            #expect(received.bodyKeys == ["attachments", "type"])
            #expect(!received.signaturePresent)
        }
    }

    @Test func onlyATypedHTTPURLMakesARequest() {
        #expect(throws: AtlasError.self) { try Self.webhook("", secret: nil) }
        #expect(throws: AtlasError.self) { try Self.webhook("ftp://example.com/hook", secret: nil) }
        #expect(throws: AtlasError.self) {
            try TestDeliveryRequest(type: .pagerDuty, url: "https://example.com", secret: nil, projectID: Self.project, projectName: "x")
        }
        let request = try? Self.webhook("https://user:pw@hooks.example.com:8443/path/token?x=1", secret: nil)
        #expect(request?.destination == "https://hooks.example.com:8443", "the report never shows the path, which may be a credential")
    }
}
