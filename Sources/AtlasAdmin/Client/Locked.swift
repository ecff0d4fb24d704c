import Foundation

/// A value behind a lock, for the little mutable state shared between
/// concurrent requests (a Digest nonce and its count, an exchange's flags).
///
/// `NSLock` rather than `Synchronization.Mutex` because the package still
/// supports macOS 13, where `Mutex` is unavailable.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock; keep `body` short and
    /// never `await` inside it.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
