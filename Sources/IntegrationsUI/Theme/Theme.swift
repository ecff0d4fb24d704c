/// What each style role looks like: a table, so a theme is data, not code.
///
/// Screens only name roles (`.selection`, `.error`); the adapter asks
/// `style(for:)` and turns the answer into curses attributes. `monochrome`
/// is used for `NO_COLOR` and for terminals without colours: it tells roles
/// apart with bold, reverse, underline and dim only.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [StyleRole: ThemeStyle]

    public init(name: String, styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(for role: StyleRole) -> ThemeStyle {
        styles[role] ?? .plain
    }

    public static let color = Theme(name: "color", styles: [
        .normal: .plain,
        .title: ThemeStyle(foreground: .cyan, bold: true),
        .dim: ThemeStyle(dim: true),
        .border: ThemeStyle(foreground: .blue),
        .label: ThemeStyle(bold: true),
        .selection: ThemeStyle(foreground: .black, background: .cyan),
        .selectionInactive: ThemeStyle(reverse: true, dim: true),
        .match: ThemeStyle(foreground: .yellow, bold: true, underline: true),
        .focusedField: ThemeStyle(foreground: .cyan, bold: true),
        .secret: ThemeStyle(foreground: .magenta),
        .error: ThemeStyle(foreground: .red, bold: true),
        .warning: ThemeStyle(foreground: .yellow, bold: true),
        .success: ThemeStyle(foreground: .green, bold: true),
        .statusBar: ThemeStyle(foreground: .white, background: .blue),
        .statusDemo: ThemeStyle(foreground: .black, background: .yellow, bold: true),
        .statusReadOnly: ThemeStyle(foreground: .white, background: .red, bold: true),
        .footerKey: ThemeStyle(foreground: .cyan, bold: true),
        .footerLabel: ThemeStyle(dim: true),
        .banner: ThemeStyle(bold: true),
        .dialog: ThemeStyle(foreground: .white, background: .blue),
        // Text inside a box keeps the box's background, or each heading and
        // key name would punch a hole of the terminal's own colour into it.
        .dialogTitle: ThemeStyle(foreground: .white, background: .blue, bold: true),
        .dialogKey: ThemeStyle(foreground: .yellow, background: .blue, bold: true),
        .dialogDim: ThemeStyle(foreground: .white, background: .blue, dim: true),
        .input: ThemeStyle(underline: true),
        // The focused field: its free room in reverse video (no explicit
        // colours, so it shows on light and dark terminals alike, and in
        // NO_COLOR), its typed text plain. curses resets the attributes at
        // the end of every update, so a typed character in any attribute
        // costs the attribute and its reset on the wire (16 bytes with
        // reverse video); a plain one written where the cursor already is
        // costs its own bytes only.
        .inputFocused: ThemeStyle(reverse: true),
        .inputText: .plain,
        .bannerError: ThemeStyle(foreground: .white, background: .red, bold: true),
        .bannerSuccess: ThemeStyle(foreground: .black, background: .green),
        .bannerInfo: ThemeStyle(foreground: .black, background: .cyan),
    ])

    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: .plain,
        .title: ThemeStyle(bold: true),
        .dim: ThemeStyle(dim: true),
        .border: .plain,
        .label: ThemeStyle(bold: true),
        .selection: ThemeStyle(reverse: true),
        .selectionInactive: ThemeStyle(underline: true),
        .match: ThemeStyle(bold: true, underline: true),
        .focusedField: ThemeStyle(bold: true, underline: true),
        .secret: .plain,
        .error: ThemeStyle(bold: true),
        .warning: ThemeStyle(bold: true),
        .success: ThemeStyle(bold: true),
        .statusBar: ThemeStyle(reverse: true),
        .statusDemo: ThemeStyle(bold: true, reverse: true),
        .statusReadOnly: ThemeStyle(bold: true, reverse: true),
        .footerKey: ThemeStyle(bold: true),
        .footerLabel: .plain,
        .banner: ThemeStyle(bold: true),
        .dialog: ThemeStyle(reverse: true),
        .dialogTitle: ThemeStyle(bold: true, reverse: true),
        .dialogKey: ThemeStyle(bold: true, reverse: true),
        .dialogDim: ThemeStyle(reverse: true, dim: true),
        .input: ThemeStyle(underline: true),
        .inputFocused: ThemeStyle(reverse: true),
        .inputText: .plain,
        .bannerError: ThemeStyle(bold: true, reverse: true),
        .bannerSuccess: ThemeStyle(bold: true),
        .bannerInfo: ThemeStyle(reverse: true),
    ])
}
