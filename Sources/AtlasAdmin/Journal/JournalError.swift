/// The journal could not record a write (a full disk, a read-only home):
/// the write still goes out; only the safety net is missing.
public struct JournalError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
