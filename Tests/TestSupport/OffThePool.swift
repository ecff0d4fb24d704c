import Dispatch

/// Runs blocking work (a child process, a pipe read) on a dispatch thread
/// and awaits it, so the wait never holds one of the concurrency pool's
/// threads: there is one per core, and the in-process sandboxes and test
/// clocks of other tests need them to move at all.
public func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
