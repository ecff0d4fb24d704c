import Synchronization

/// Collects progress reports (they arrive on the listing task, one at a time).
final class ProgressLog: Sendable {
    private let entries = Mutex<[(loaded: Int, total: Int?)]>([])

    func add(_ loaded: Int, _ total: Int?) {
        entries.withLock { $0.append((loaded, total)) }
    }

    var last: (loaded: Int, total: Int?)? {
        entries.withLock { $0.last }
    }
}
