/// A widget's drawing: its lines, and where the terminal cursor goes (row
/// within `lines`, column) when it has focus.
public struct FieldView: Sendable, Hashable {
    public var lines: [Line]
    public var cursor: Cursor?

    public struct Cursor: Sendable, Hashable {
        public var row: Int
        public var column: Int
    }

    public init(lines: [Line], cursor: Cursor? = nil) {
        self.lines = lines
        self.cursor = cursor
    }
}
