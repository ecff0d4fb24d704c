import Foundation
import IntegrationsUI
import Synchronization

/// Results of background requests, waiting for the main loop.
///
/// Tasks post here from any thread; each post calls `wake`, which the
/// program points at the terminal's self-pipe, so a result is drawn as
/// soon as it arrives.
public final class EventInbox: Sendable {
    private let events = Mutex<[AppEvent]>([])
    private let wake: @Sendable () -> Void

    public init(wake: @escaping @Sendable () -> Void = {}) {
        self.wake = wake
    }

    public func post(_ event: AppEvent) {
        events.withLock { $0.append(event) }
        wake()
    }

    /// Every event posted since the last call, in the order they came.
    public func drain() -> [AppEvent] {
        events.withLock { events in
            defer { events = [] }
            return events
        }
    }
}
