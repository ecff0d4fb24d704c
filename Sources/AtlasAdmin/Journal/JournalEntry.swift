import Foundation

/// One write's record in the journal: removed when the write's answer
/// arrives.
public struct JournalEntry: Sendable, Hashable {
    public let file: URL
    public let write: InFlightWrite
}
