import Foundation

/// Collects progress reports (they arrive on the listing task, one at a time).
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(loaded: Int, total: Int?)] = []

    func add(_ loaded: Int, _ total: Int?) {
        lock.lock()
        entries.append((loaded, total))
        lock.unlock()
    }

    var last: (loaded: Int, total: Int?)? {
        lock.lock()
        defer { lock.unlock() }
        return entries.last
    }
}
