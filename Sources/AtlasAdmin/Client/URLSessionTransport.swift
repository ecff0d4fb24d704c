import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The production transport: Foundation's URLSession (FoundationNetworking on
/// Linux), one shared ephemeral session.
///
/// It uses completion-handler data tasks and no session delegate: the async
/// authentication-challenge delegate hangs on Linux, and Digest is done by
/// the client anyway. Each exchange has a hard deadline of its own (the
/// session's timeout is only an idle timeout) and is cancelled with the
/// calling task.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.urlCredentialStorage = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = 8
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: HTTPRequest) async throws(AtlasError) -> HTTPResponse {
        if Task.isCancelled { throw .cancelled }
        let urlRequest = makeURLRequest(request)
        let exchange = Exchange()
        let result: Result<HTTPResponse, AtlasError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    continuation.resume(returning: exchange.outcome(
                        data: data, response: response, error: error, timeout: request.timeout))
                }
                exchange.start(task, timeout: request.timeout)
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
        urlRequest.timeoutInterval = max(0.001, Double(request.timeout / .milliseconds(1)) / 1000)
        urlRequest.httpShouldHandleCookies = false
        return urlRequest
    }
}

extension URLSessionTransport {
    /// The shared state of one exchange: its task and why it was stopped.
    private final class Exchange: Sendable {
        private struct State {
            var task: URLSessionDataTask?
            var cancelledByCaller = false
            var timedOut = false
        }

        private let state = Locked(State())

        func start(_ task: URLSessionDataTask, timeout: Duration) {
            let cancelNow = state.withLock { state in
                state.task = task
                return state.cancelledByCaller
            }
            task.resume()
            if cancelNow {
                task.cancel()
                return
            }
            let nanoseconds = Int(timeout / .nanoseconds(1))
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
                let task = state.withLock { state -> URLSessionDataTask? in
                    state.timedOut = true
                    return state.task
                }
                task?.cancel()
            }
        }

        func cancelByCaller() {
            let task = state.withLock { state -> URLSessionDataTask? in
                state.cancelledByCaller = true
                return state.task
            }
            task?.cancel()
        }

        func outcome(data: Data?, response: URLResponse?, error: (any Error)?, timeout: Duration)
            -> Result<HTTPResponse, AtlasError>
        {
            let (byCaller, timedOut, task) = state.withLock { state in
                defer { state.task = nil }
                return (state.cancelledByCaller, state.timedOut, state.task)
            }
            // After a failure the handler gets no response, but the task may
            // still know the status line that arrived before the body broke.
            let http = (response ?? task?.response) as? HTTPURLResponse
            if let error {
                if byCaller { return .failure(.cancelled) }
                if timedOut || (error as? URLError)?.code == .timedOut {
                    return .failure(.transport(TransportFailure(
                        kind: .timeout, detail: "no answer within \(URLErrorMapping.describe(timeout))")))
                }
                return .failure(.transport(URLErrorMapping.failure(
                    for: error, status: http?.statusCode, timeout: timeout)))
            }
            guard let http else {
                return .failure(.transport(TransportFailure(kind: .other, detail: "not an HTTP response")))
            }
            var headers: [String: String] = [:]
            for (name, value) in http.allHeaderFields {
                if let name = name as? String, let value = value as? String {
                    headers[name] = value
                }
            }
            return .success(HTTPResponse(status: http.statusCode, headers: headers, body: data ?? Data()))
        }
    }
}
