import Foundation
import IntegrationsUI
import Synchronization

/// Hands project lists to the app in the order they were asked for, page by
/// page.
///
/// Organizations load in parallel and finish in any order; posting their
/// rows as they come would interleave one organization's projects with
/// another's and shuffle the picker from one start to the next. So the
/// organization at the head of the order streams its pages straight
/// through, while a later one's pages wait until every organization before
/// it has finished (or failed, or been cancelled). Inserting a later
/// organization's rows above ones already shown would move rows under the
/// operator's cursor; holding them keeps every change an append at the
/// bottom. Progress counts are not held back: a waiting page's count is
/// posted at once without its rows, so the loading figure keeps moving.
///
/// Events are posted while the lock is held, so a flush of waiting pages
/// and a page arriving at the same moment reach the app in order.
public final class OrderedDelivery: Sendable {
    private struct State {
        var order: [RequestID] = []
        var waitingPages: [RequestID: [AppEvent]] = [:]
        var finished: [RequestID: AppEvent] = [:]
    }

    private let state = Mutex(State())
    private let post: @Sendable (AppEvent) -> Void

    public init(post: @escaping @Sendable (AppEvent) -> Void) {
        self.post = post
    }

    /// Notes that `id` was asked for; its pages come through `page` and its
    /// final result through `deliver`.
    public func expect(_ id: RequestID) {
        state.withLock { $0.order.append(id) }
    }

    /// A page of `id`'s list: posted now if every earlier list is in,
    /// otherwise its count is posted now and its rows when their turn comes.
    public func page(_ id: RequestID, _ event: AppEvent) {
        state.withLock { state in
            guard let head = state.order.first, head != id, state.order.contains(id) else {
                post(event)
                return
            }
            guard case .projectsPageLoaded(_, let projects, let loaded, let total, _) = event, !projects.isEmpty else {
                post(event)
                return
            }
            state.waitingPages[id, default: []].append(event)
            post(.projectsPageLoaded(id, projects: [], loaded: loaded, total: total, isComplete: false))
        }
    }

    /// A result (or failure) for `id`: posted, after any of its pages still
    /// waiting, once every earlier one is in.
    public func deliver(_ id: RequestID, _ event: AppEvent) {
        state.withLock { state in
            guard state.order.contains(id) else {
                post(event)
                return
            }
            state.finished[id] = event
            postReady(&state)
        }
    }

    /// Forgets a request that was cancelled, releasing those waiting behind it.
    public func cancel(_ id: RequestID) {
        state.withLock { state in
            state.order.removeAll { $0 == id }
            state.finished[id] = nil
            state.waitingPages[id] = nil
            postReady(&state)
        }
    }

    /// Posts the head's waiting pages, and while the head has finished, its
    /// result and then the next one's (`state` is the locked state).
    private func postReady(_ state: inout State) {
        while let head = state.order.first {
            for event in state.waitingPages.removeValue(forKey: head) ?? [] { post(event) }
            guard let result = state.finished.removeValue(forKey: head) else { return }
            state.order.removeFirst()
            post(result)
        }
    }
}
