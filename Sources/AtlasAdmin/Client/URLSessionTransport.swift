import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The production transport: Foundation's URLSession (FoundationNetworking on
/// Linux), one ephemeral session per transport.
///
/// Tasks report to a session delegate (`SessionDelegate`) rather than to
/// completion handlers, because FoundationNetworking answers a `401` that
/// carries `WWW-Authenticate: Basic` (the OAuth token endpoint's refusal) by
/// waiting forever for a credential unless a delegate cancels the challenge;
/// the delegate does, and the `401` with its body is returned as it came.
/// The delegate uses the completion-handler challenge method, never the
/// async one, which hangs on Linux. Digest is done by the client.
///
/// GETs share one session and its kept-alive connections, except a GET
/// retried after a timeout or a dropped connection
/// (`HTTPRequest.needsFreshConnection`): it must not queue behind the attempt
/// that failed, which may still hold a pooled connection, or behind other
/// slow reads. Every other request gets a session (and so a connection) of
/// its own: when a kept-alive
/// connection turns out dead, libcurl silently sends the request again on a
/// new one, which would repeat a write the server may have received, and
/// FoundationNetworking cannot rewind a request body for it (the request then
/// hangs). On a fresh connection neither can happen; a write costs one new
/// connection, and writes are rare.
///
/// Each exchange has a hard deadline of its own (the session's timeout is only
/// an idle timeout) and is cancelled with the calling task.
public final class URLSessionTransport: HTTPTransport {
    private let readSession: URLSession
    private let readDelegate: SessionDelegate
    private let maximumConnectionsPerHost: Int
    private let followsRedirects: Bool

    public convenience init() {
        self.init(maximumConnectionsPerHost: 8)
    }

    /// A transport that returns a 3xx as the answer instead of following it.
    public convenience init(followsRedirects: Bool) {
        self.init(maximumConnectionsPerHost: 8, followsRedirects: followsRedirects)
    }

    /// - Parameter maximumConnectionsPerHost: the kept-alive connections
    ///   GETs may share (tests use 1 to make queueing on them certain).
    init(maximumConnectionsPerHost: Int, followsRedirects: Bool = true) {
        self.maximumConnectionsPerHost = maximumConnectionsPerHost
        self.followsRedirects = followsRedirects
        readDelegate = SessionDelegate(followsRedirects: followsRedirects)
        readSession = Self.makeSession(delegate: readDelegate, maximumConnectionsPerHost: maximumConnectionsPerHost)
    }

    deinit {
        readSession.invalidateAndCancel()
    }

    private static func makeSession(delegate: SessionDelegate, maximumConnectionsPerHost: Int) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.urlCredentialStorage = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = maximumConnectionsPerHost
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "atlas-integrations.urlsession"
        return URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue)
    }

    public func send(_ request: HTTPRequest) async throws(AtlasError) -> HTTPResponse {
        if Task.isCancelled { throw .cancelled }
        if request.method == .get && !request.needsFreshConnection {
            return try await send(request, on: readSession, delegate: readDelegate)
        }
        let delegate = SessionDelegate(followsRedirects: followsRedirects)
        let session = Self.makeSession(delegate: delegate, maximumConnectionsPerHost: maximumConnectionsPerHost)
        defer { session.finishTasksAndInvalidate() }
        return try await send(request, on: session, delegate: delegate)
    }

    private func send(
        _ request: HTTPRequest, on session: URLSession, delegate: SessionDelegate
    ) async throws(AtlasError) -> HTTPResponse {
        let urlRequest = makeURLRequest(request)
        let exchange = TransportExchange(timeout: request.timeout)
        let result: Result<HTTPResponse, AtlasError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let task = session.dataTask(with: urlRequest)
                delegate.register(exchange, for: task)
                exchange.start(task, continuation: continuation)
            }
        } onCancel: {
            exchange.cancelByCaller()
        }
        return try result.get()
    }

    private func makeURLRequest(_ request: HTTPRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        // FoundationNetworking truncates this to whole seconds (0.5 s would
        // mean "time out at once"); the exchange's own deadline is the
        // precise one, so this idle timeout only has to be longer.
        urlRequest.timeoutInterval = (Double(request.timeout / .milliseconds(1)) / 1000).rounded(.up) + 1
        urlRequest.httpShouldHandleCookies = false
        return urlRequest
    }
}
