import Synchronization

extension FleetLoader {
    /// Reads every project in `projectIDs` once, paced like the matrix
    /// (`RateLimit-*`, `Retry-After` waited out on `clock`), and returns
    /// each project's integrations or the error that stopped its read: the
    /// fresh read an `ApplyPlan` (or a resumed one) is built from.
    public static func readAll(
        _ projectIDs: [String], clock: C, maxConcurrent: Int = 6, read: @escaping Read
    ) async -> [String: Result<[Integration], AtlasError>] {
        let collected = Mutex<[String: Result<[Integration], AtlasError>]>([:])
        let loader = FleetLoader(clock: clock, maxConcurrent: maxConcurrent, read: read) { event in
            if case .read(_, let projectID, let result) = event {
                collected.withLock { $0[projectID] = result }
            }
        }
        await loader.load(projectIDs, tag: 1)
        await loader.idle()
        return collected.withLock { $0 }
    }
}
