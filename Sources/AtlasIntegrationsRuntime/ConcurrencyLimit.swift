/// At most `limit` pieces of work at once; the rest wait their turn in order.
///
/// The picker asks for every organization's projects at once; an operator in
/// hundreds of organizations must not fire hundreds of parallel list calls
/// at Atlas's rate limiter.
public actor ConcurrencyLimit {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(_ limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `work` once fewer than `limit` others are running.
    public func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await work()
    }

    /// How many wait for their turn now.
    var waitingCount: Int { waiting.count }

    private func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
