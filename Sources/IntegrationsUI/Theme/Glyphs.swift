/// The marks and box pieces the screens draw, in two sets: Unicode, and
/// plain ASCII for terminals whose locale is not UTF-8 (where a `─` would
/// arrive as three garbage bytes).
public struct Glyphs: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var ellipsis: String
    /// Marks the selected row of a list and the focused field.
    public var pointer: String
    public var check: String
    public var cross: String
    public var dash: String
    public var bullet: String
    public var separator: String
    public var breadcrumb: String
    public var toggleOn: String
    public var toggleOff: String
    public var radioOn: String
    public var radioOff: String
    public var mask: String
    public var emDash: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowLeft: String
    public var arrowRight: String
    public var scrollMore: String
    public var spinner: [String]
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…", pointer: "›",
        check: "✔", cross: "✘", dash: "–", bullet: "•", separator: "·", breadcrumb: "›",
        toggleOn: "[✔]", toggleOff: "[ ]", radioOn: "◉", radioOff: "○", mask: "•",
        emDash: "—", arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        scrollMore: "⋮", spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"],
        isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "~", pointer: ">",
        check: "+", cross: "x", dash: "-", bullet: "*", separator: "|", breadcrumb: ">",
        toggleOn: "[x]", toggleOff: "[ ]", radioOn: "(*)", radioOff: "( )", mask: "*",
        emDash: "-", arrowUp: "up", arrowDown: "down", arrowLeft: "left", arrowRight: "right",
        scrollMore: ":", spinner: ["|", "/", "-", "\\"],
        isASCII: true)
}
