import AtlasAdmin
import Synchronization

/// Counts the HTTP exchanges an `AtlasClient` makes (its `onExchange` hook).
final class ExchangeCounter: Sendable {
    private let records = Mutex<[ExchangeRecord]>([])

    var hook: @Sendable (ExchangeRecord) -> Void {
        { [self] record in records.withLock { $0.append(record) } }
    }

    /// The exchanges since the last call, and forgets them.
    func take() -> [ExchangeRecord] {
        records.withLock { records in
            defer { records = [] }
            return records
        }
    }
}
