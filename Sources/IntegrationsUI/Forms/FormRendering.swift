/// A form drawn: its lines, which of them belong to the focused field (so
/// the screen can scroll it into view) and where the cursor goes.
public struct FormRendering: Sendable, Equatable {
    public var lines: [Line]
    public var focusedLines: Range<Int>?
    public var cursor: FieldView.Cursor?
}
