import Foundation

/// What an earlier session left in the write journal: writes that never
/// got an answer, and records that could not be read.
public struct JournalReading: Sendable, Equatable {
    /// Writes the program sent but never saw answered, oldest first.
    public var writes: [InFlightWrite] = []
    /// One clear sentence per record that could not be read.
    public var problems: [String] = []
    /// Every file behind the above, removed once the operator has seen them.
    public var files: [URL] = []

    public init(writes: [InFlightWrite] = [], problems: [String] = [], files: [URL] = []) {
        self.writes = writes
        self.problems = problems
        self.files = files
    }

    public var isEmpty: Bool { writes.isEmpty && problems.isEmpty }
}
