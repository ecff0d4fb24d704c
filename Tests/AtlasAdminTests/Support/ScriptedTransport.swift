import Foundation
import Synchronization
import TestSupport
@testable import AtlasAdmin

/// A transport that answers from a script and records every request, for
/// tests that need exact control (the sandbox covers the real exchanges).
final class ScriptedTransport: HTTPTransport {
    typealias Responder = @Sendable (HTTPRequest) throws(AtlasError) -> HTTPResponse

    private let recorded = Mutex<[HTTPRequest]>([])
    private let responder: Responder

    init(_ responder: @escaping Responder) {
        self.responder = responder
    }

    /// Always answers `status` with `body`.
    convenience init(status: Int, body: String, headers: [String: String] = [:]) {
        self.init { _ throws(AtlasError) in HTTPResponse(status: status, headers: headers, body: Data(body.utf8)) }
    }

    var requests: [HTTPRequest] {
        recorded.withLock { $0 }
    }

    func send(_ request: HTTPRequest) async throws(AtlasError) -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        return try responder(request)
    }

    /// The scripted answer, without recording the request.
    func respond(_ request: HTTPRequest) throws(AtlasError) -> HTTPResponse {
        try responder(request)
    }
}

extension AtlasClient {
    /// A client on `transport` with quick retries, for unit tests.
    /// A client of `transport` with the default retry policy, whose waits
    /// are on `clock`: by default a test clock whose sleeps end at once and
    /// are recorded, so a test can say what the client would have waited.
    static func scripted(
        _ transport: ScriptedTransport, credentials: AtlasCredentials? = nil, pageSize: Int = 500,
        clock: any Clock<Duration> = TestClock(sleepsEndAtOnce: true)
    ) -> AtlasClient {
        AtlasClient(
            configuration: AtlasClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9")!, credentials: credentials, pageSize: pageSize, clock: clock),
            transport: transport)
    }
}
