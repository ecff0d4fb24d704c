import Foundation
import IntegrationsUI

/// Results of background requests, waiting for the main loop.
///
/// Tasks post here from any thread; each post calls `wake`, which the
/// program points at the terminal's self-pipe, so a result is drawn as
/// soon as it arrives.
public final class EventInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []
    private let wake: @Sendable () -> Void

    public init(wake: @escaping @Sendable () -> Void = {}) {
        self.wake = wake
    }

    public func post(_ event: AppEvent) {
        lock.withLock { events.append(event) }
        wake()
    }

    /// Every event posted since the last call, in the order they came.
    public func drain() -> [AppEvent] {
        lock.withLock {
            defer { events = [] }
            return events
        }
    }
}
