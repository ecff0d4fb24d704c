/// Hands out request ids and remembers which requests are still wanted.
struct RequestBook: Sendable, Equatable {
    private(set) var nextID = 1
    private(set) var pending: [RequestID: PendingRequest] = [:]

    mutating func open(_ request: PendingRequest) -> RequestID {
        let id = RequestID(nextID)
        nextID += 1
        pending[id] = request
        return id
    }

    func kind(of id: RequestID) -> PendingRequest? { pending[id] }

    /// Forgets a request (finished or cancelled); its late results are ignored.
    mutating func close(_ id: RequestID) {
        pending[id] = nil
    }

    /// Opens a finished request again under its own id: an apply's retry
    /// reports on the run it retries.
    mutating func reopen(_ id: RequestID, as request: PendingRequest) {
        pending[id] = request
    }

    var isEmpty: Bool { pending.isEmpty }

    /// Running requests other than the editor (which needs no spinner).
    var hasNetworkRequests: Bool {
        pending.values.contains { if case .editor = $0 { false } else { true } }
    }
}
