import CursesTerminal
import Foundation
import IntegrationsUI

/// Results of background requests, waiting for the main loop.
///
/// Tasks post here from any thread; posting wakes the loop through the
/// terminal's self-pipe, so a result is drawn as soon as it arrives.
final class EventInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []
    private let waker: TerminalWaker?

    init(waker: TerminalWaker?) {
        self.waker = waker
    }

    func post(_ event: AppEvent) {
        lock.withLock { events.append(event) }
        waker?.wake()
    }

    func drain() -> [AppEvent] {
        lock.withLock {
            defer { events = [] }
            return events
        }
    }
}
