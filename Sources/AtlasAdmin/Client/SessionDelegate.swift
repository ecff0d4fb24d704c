import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// Routes URLSession's task events to the exchange each task belongs to.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Whether a 3xx is followed (Atlas's API) or returned as the answer
    /// (a test delivery, which reports the redirect instead of hiding it).
    private let followsRedirects: Bool

    init(followsRedirects: Bool = true) {
        self.followsRedirects = followsRedirects
        super.init()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(followsRedirects ? request : nil)
    }

    private let exchanges = Mutex<[Int: TransportExchange]>([:])

    func register(_ exchange: TransportExchange, for task: URLSessionTask) {
        exchanges.withLock { $0[task.taskIdentifier] = exchange }
    }

    private func exchange(for task: URLSessionTask) -> TransportExchange? {
        exchanges.withLock { $0[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        exchange(for: dataTask)?.append(data)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        if Platform.urlSessionWaitsOnUnansweredChallenges {
            // It would wait for a credential that never comes: stop the
            // task and hand the `401` and its body to the client.
            exchange(for: task)?.markChallenged()
            completionHandler(.cancelAuthenticationChallenge, nil)
        } else {
            // The `401` is delivered as it is when no credential is offered.
            completionHandler(.performDefaultHandling, nil)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let exchange = exchanges.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        exchange?.complete(response: task.response, error: error)
    }
}
