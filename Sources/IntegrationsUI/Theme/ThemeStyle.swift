/// How one style role looks: colours and attributes, as plain data the
/// terminal adapter turns into curses attributes and colour pairs.
public struct ThemeStyle: Sendable, Hashable {
    /// nil: the terminal's default foreground.
    public var foreground: ThemeColor?
    /// nil: the terminal's default background.
    public var background: ThemeColor?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: ThemeColor? = nil, background: ThemeColor? = nil,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = ThemeStyle()

    /// Whether the style uses any colour (a monochrome theme never does).
    public var usesColor: Bool { foreground != nil || background != nil }
}
