import AtlasHashing
import Foundation

/// Sends one sample delivery from this machine to the destination an
/// operator typed, and reports what the receiver did with it.
///
/// It goes straight to the receiver, never through Atlas and never with
/// Atlas credentials; redirects are reported, not followed.
public struct TestDeliverySender: Sendable {
    /// The longest the receiver may take to answer.
    public var timeout: Duration
    /// How many bytes of the answer are read for its first lines.
    public static let bodyLimit = 4_096
    /// How many lines of the answer a report keeps.
    public static let lineLimit = 6
    private let transport: any HTTPTransport

    public init(timeout: Duration = .seconds(10)) {
        self.init(timeout: timeout, transport: URLSessionTransport(followsRedirects: false))
    }

    init(timeout: Duration, transport: any HTTPTransport) {
        self.timeout = timeout
        self.transport = transport
    }

    /// Sends the sample for `request`, dated `now`.
    public func send(_ request: TestDeliveryRequest, now: Date = Date()) async -> TestDeliveryReport {
        let sample = SampleDelivery(
            request, now: now, alertID: SecureRandom.hex(byteCount: 12), configID: SecureRandom.hex(byteCount: 12))
        let started = ContinuousClock.now
        func report(_ outcome: TestDeliveryReport.Outcome) -> TestDeliveryReport {
            TestDeliveryReport(destination: request.destination, event: sample.event, signature: sample.signature,
                               elapsed: ContinuousClock.now - started, outcome: outcome)
        }
        guard let url = URL(string: request.url) else {
            return report(.failed(.other, tr("delivery.notaurl")))
        }
        var headers: [String: String] = ["User-Agent": "atlas-integrations test delivery"]
        for (name, value) in sample.headers { headers[name] = value }
        let httpRequest = HTTPRequest(method: .post, url: url, headers: headers, body: Data(sample.body), timeout: timeout)
        do {
            let response = try await transport.send(httpRequest)
            if (300..<400).contains(response.status) {
                let location = response.header("Location").map { Self.safeLine($0, secrets: request) }
                return report(.redirected(status: response.status, location: location))
            }
            return report(.answered(status: response.status, bodyLines: Self.firstLines(of: response.body, secrets: request)))
        } catch {
            return report(.failed(error.transportKind, Self.line(for: error, request: request, timeout: timeout)))
        }
    }

    /// The first lines of an answer, each made safe to draw and cut; the
    /// typed URL and secret are masked should the receiver echo them.
    static func firstLines(of body: Data, secrets request: TestDeliveryRequest) -> [String] {
        let text = String(decoding: body.prefix(bodyLimit), as: UTF8.self)
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = safeLine(String(raw), secrets: request)
            if !line.isEmpty { lines.append(line) }
            if lines.count == lineLimit { break }
        }
        return lines
    }

    static func safeLine(_ text: String, secrets request: TestDeliveryRequest) -> String {
        var values = [SecretValue(request.url)]
        if let secret = request.secret { values.append(secret) }
        return String(MessageSanitizer.oneLine(text, redacting: values).prefix(200))
    }

    /// One line for a delivery that got no answer.
    static func line(for error: AtlasError, request: TestDeliveryRequest, timeout: Duration) -> String {
        let seconds = URLErrorMapping.describe(timeout)
        switch error.transportKind {
        case .timeout: return tr("delivery.timeout", seconds)
        case .refused: return tr("delivery.connrefused", request.destination)
        case .dns: return tr("delivery.dns", request.destination)
        case .tls: return tr("delivery.tls", request.destination)
        case .reset: return tr("delivery.reset")
        case .malformedBody: return tr("delivery.cutoff")
        case .other: return tr("delivery.other", Self.safeLine(error.message, secrets: request))
        }
    }
}

extension AtlasError {
    /// The kind of transport failure, `.other` for an error that is none.
    var transportKind: TransportFailure.Kind {
        if case .transport(let failure) = self { return failure.kind }
        return .other
    }
}
