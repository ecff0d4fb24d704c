import Foundation
import IntegrationsUI

/// Hands finished project lists to the app in the order they were asked for.
///
/// Organizations load in parallel and finish in any order; posting them as
/// they finish would shuffle the picker from one start to the next. Lists
/// that finish early wait until those before them are in.
final class OrderedDelivery: @unchecked Sendable {
    private let lock = NSLock()
    private var order: [RequestID] = []
    private var finished: [RequestID: AppEvent] = [:]
    private let post: @Sendable (AppEvent) -> Void

    init(post: @escaping @Sendable (AppEvent) -> Void) {
        self.post = post
    }

    /// Notes that `id` was asked for; its result will come through `deliver`.
    func expect(_ id: RequestID) {
        lock.withLock { order.append(id) }
    }

    /// A result (or failure) for `id`: posted now if every earlier one is in.
    func deliver(_ id: RequestID, _ event: AppEvent) {
        let ready: [AppEvent] = lock.withLock {
            guard order.contains(id) else { return [event] }
            finished[id] = event
            return takeReady()
        }
        for event in ready { post(event) }
    }

    /// Forgets a request that was cancelled, releasing those waiting behind it.
    func cancel(_ id: RequestID) {
        let ready: [AppEvent] = lock.withLock {
            order.removeAll { $0 == id }
            finished[id] = nil
            return takeReady()
        }
        for event in ready { post(event) }
    }

    /// The finished results at the head of the order (call with the lock held).
    private func takeReady() -> [AppEvent] {
        var ready: [AppEvent] = []
        while let head = order.first, let result = finished.removeValue(forKey: head) {
            order.removeFirst()
            ready.append(result)
        }
        return ready
    }
}
