/// A screen's drawing between the title line and the footer.
struct ScreenBody: Sendable, Equatable {
    var lines: [Line]
    /// Cursor position within `lines`, when a text field has focus.
    var cursor: FieldView.Cursor?

    init(lines: [Line], cursor: FieldView.Cursor? = nil) {
        self.lines = lines
        self.cursor = cursor
    }
}
