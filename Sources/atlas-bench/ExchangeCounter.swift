import AtlasAdmin
import Foundation

/// Counts the HTTP exchanges an `AtlasClient` makes (its `onExchange` hook).
final class ExchangeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [ExchangeRecord] = []

    var hook: @Sendable (ExchangeRecord) -> Void {
        { [self] record in lock.withLock { records.append(record) } }
    }

    /// The exchanges since the last call, and forgets them.
    func take() -> [ExchangeRecord] {
        lock.withLock {
            defer { records = [] }
            return records
        }
    }
}
