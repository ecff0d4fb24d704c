/// What a style role means is decided by the theme, not by the screen that
/// uses it: screens say "this is the selected row", the theme says "reverse".
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    case normal
    case title
    case dim
    case border
    case label
    case selection          // the focused list row
    case selectionInactive  // the selected row of a list without focus
    case match              // the part of a name that matches the filter
    case focusedField
    case secret
    case error
    case warning
    case success
    case statusBar
    case statusDemo         // the DEMO marker
    case statusReadOnly     // the READ-ONLY marker
    case footerKey
    case footerLabel
    case banner
    case dialog
    case dialogTitle        // a heading inside a dialog or the help box
    case dialogKey          // a key name inside the help box
    case dialogDim          // secondary text inside a dialog or the help box
    case input              // a text field without focus
    case inputFocused       // the free room of the text field being typed into
    case inputText          // the typed text of that field: plain, so a typed character costs one byte
    case bannerError        // a banner reporting a failure
    case bannerSuccess      // a banner confirming a save or delete
    case bannerInfo         // a neutral banner (read-only mode, progress)
}

/// A run of text drawn in one style. Text in a span is already sanitized and
/// its display width is known; a span never holds a control character.
public struct Span: Sendable, Hashable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// One screenful, as the app core renders it: `height` rows, each exactly
/// `width` display columns wide. The terminal adapter draws it as it is; the
/// core is tested by reading `text`.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var rows: [[Span]]
    /// Where the terminal cursor should be shown (a text field with focus), or
    /// nil to hide it.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int, rows: [[Span]], cursor: (row: Int, column: Int)? = nil) {
        self.width = width
        self.height = height
        self.rows = rows
        self.cursor = cursor
    }

    /// The frame as plain text, one line per row, for tests and screenshots.
    public var text: String {
        rows.map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.rows == rhs.rows
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }
}
