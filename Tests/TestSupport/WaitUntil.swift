/// `waitUntil` gave up.
public struct ConditionNotMet: Error, CustomStringConvertible {
    public let description: String
}

/// Waits until `condition` holds, looking every few milliseconds; throws
/// `ConditionNotMet` naming `description` after `limit` of real time.
///
/// For what a test cannot be told of directly (a request the server has
/// logged, a page another task has handed over): it returns as soon as
/// the condition holds, so a slow machine only makes it look longer.
public func waitUntil(
    _ description: String, atMost limit: Duration = .seconds(30), _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + limit
    while try await !condition() {
        guard ContinuousClock.now < deadline else {
            throw ConditionNotMet(description: "gave up after \(limit) waiting for \(description)")
        }
        try await Task.sleep(for: .milliseconds(5))
    }
}
