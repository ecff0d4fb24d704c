/// How many terminal columns text takes, as the C library's `wcwidth` says.
///
/// The width of a grapheme cluster is the sum of its scalars' widths, where
/// combining marks, joiners and variation selectors count zero. That is the
/// same accounting ncurses does when it is handed the cluster's scalars, so
/// a row the core pads to `width` columns is exactly `width` cells on screen
/// (CJK ideographs count two, a letter with accents one).
///
/// `wcwidth` answers from the current locale: the terminal adapter (and every
/// test) calls `setlocale(LC_ALL, "C.UTF-8")` or `setlocale(LC_ALL, "")` first.
public enum DisplayWidth {
    /// The columns one scalar takes: 0 for marks and controls, 1 or 2 otherwise.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        let width = Platform.characterWidth(value)
        if width >= 0 { return Int(width) }
        // Unknown to the locale (a non-UTF-8 locale, or an unassigned code
        // point): marks and format characters take no room, the rest one.
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// The columns one grapheme cluster takes.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }
}
