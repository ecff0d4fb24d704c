import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// One request in flight on `URLSessionTransport`: its task, the body so far,
/// why it might be stopped, and the continuation to resume exactly once.
final class TransportExchange: Sendable {
    private struct State {
        var task: URLSessionDataTask?
        var continuation: CheckedContinuation<Result<HTTPResponse, AtlasError>, Never>?
        var body = Data()
        var cancelledByCaller = false
        var timedOut = false
        var challenged = false
    }

    private let state = Mutex(State())
    private let timeout: Duration

    init(timeout: Duration) {
        self.timeout = timeout
    }

    /// Starts `task` and its deadline; a caller that cancelled already
    /// stops it at once.
    func start(_ task: URLSessionDataTask, continuation: CheckedContinuation<Result<HTTPResponse, AtlasError>, Never>) {
        let cancelNow = state.withLock { state in
            state.task = task
            state.continuation = continuation
            return state.cancelledByCaller
        }
        task.resume()
        if cancelNow {
            task.cancel()
            return
        }
        let nanoseconds = Int(timeout / .nanoseconds(1))
        // Weak: the deadline outlives an answered exchange by the whole
        // timeout, and must not keep it (and its body) alive that long.
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [weak self] in
            guard let self else { return }
            let task = state.withLock { state -> URLSessionDataTask? in
                guard state.continuation != nil else { return nil }
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

    func append(_ data: Data) {
        state.withLock { $0.body.append(data) }
    }

    func markChallenged() {
        state.withLock { $0.challenged = true }
    }

    func complete(response: URLResponse?, error: (any Error)?) {
        let (continuation, result) = state.withLock { state in
            defer {
                state.continuation = nil
                state.task = nil
                // The body now belongs to the result; holders of the
                // exchange (a pending deadline) keep nothing of it.
                state.body = Data()
            }
            return (state.continuation, outcome(state, response: response, error: error))
        }
        continuation?.resume(returning: result)
    }

    private func outcome(_ state: State, response: URLResponse?, error: (any Error)?) -> Result<HTTPResponse, AtlasError> {
        let http = response as? HTTPURLResponse
        if let error {
            if state.cancelledByCaller { return .failure(.cancelled) }
            if state.timedOut || (error as? URLError)?.code == .timedOut {
                return .failure(.transport(TransportFailure(
                    kind: .timeout, detailKey: "failures.detail.noAnswerWithin", URLErrorMapping.describe(timeout))))
            }
            // A challenge the delegate stopped: the answer itself is complete.
            if state.challenged, let http {
                return .success(HTTPResponse(status: http.statusCode, headers: headers(of: http), body: state.body))
            }
            return .failure(.transport(URLErrorMapping.failure(for: error, status: http?.statusCode, timeout: timeout)))
        }
        guard let http else {
            return .failure(.transport(TransportFailure(kind: .other, detailKey: "failures.detail.notHTTP")))
        }
        return .success(HTTPResponse(status: http.statusCode, headers: headers(of: http), body: state.body))
    }

    private func headers(of response: HTTPURLResponse) -> [String: String] {
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String {
                headers[name] = value
            }
        }
        return headers
    }
}
