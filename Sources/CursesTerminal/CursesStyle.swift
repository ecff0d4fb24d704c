import CNCurses
import IntegrationsUI

/// How one style role looks in curses terms: colours (curses colour numbers,
/// -1 for the terminal's default) and attributes.
public struct CursesStyle: Sendable, Hashable {
    public var foreground: Int16
    public var background: Int16
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Int16 = -1, background: Int16 = -1, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    var attributes: attr_t {
        var value = cn_a_normal()
        if bold { value |= cn_a_bold() }
        if reverse { value |= cn_a_reverse() }
        if underline { value |= cn_a_underline() }
        if dim { value |= cn_a_dim() }
        return value
    }
}

/// Allocates curses colour pairs on first use of each colour combination.
struct CursesPalette {
    let hasColor: Bool
    private var pairs: [Int32: Int16] = [:]

    init(hasColor: Bool) {
        self.hasColor = hasColor
    }

    mutating func pair(for style: CursesStyle) -> Int16 {
        guard hasColor, style.foreground >= 0 || style.background >= 0 else { return 0 }
        let key = Int32(style.foreground + 1) << 16 | Int32(style.background + 1)
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < cn_color_pairs() else { return 0 }
        init_pair(number, style.foreground, style.background)
        pairs[key] = number
        return number
    }
}

extension CursesStyle {
    /// The curses form of a theme's style for one role.
    public init(_ style: ThemeStyle) {
        self.init(
            foreground: style.foreground?.cursesNumber ?? -1,
            background: style.background?.cursesNumber ?? -1,
            bold: style.bold, reverse: style.reverse, underline: style.underline, dim: style.dim)
    }
}
