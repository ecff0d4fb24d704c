/// The eight ANSI colours every colour terminal has. The adapter maps them to
/// curses colour numbers (`COLOR_RED` …); nil in a style means the terminal's
/// own default, so the product looks right on light and dark backgrounds.
public enum ThemeColor: String, Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The curses colour number (`COLOR_BLACK` is 0 … `COLOR_WHITE` is 7).
    public var cursesNumber: Int16 {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}
