/// Pads and truncates text to a number of columns without splitting a wide
/// character: where a two-column character would straddle the edge, a space
/// takes its place, so every row stays exactly as wide as the screen.
public enum TextFitting {
    /// The longest prefix of `text` that fits in `width` columns, and its width.
    public static func prefix(_ text: some StringProtocol, columns width: Int) -> (text: String, width: Int) {
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width { break }
            result.append(character)
            used += columns
        }
        return (result, used)
    }

    /// `text` cut to `width` columns; when cut, it ends with `ellipsis`.
    public static func truncate(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return String(text) }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(text, columns: width).text }
        return prefix(text, columns: width - ellipsisWidth).text + ellipsis
    }

    /// `text` padded with spaces (or truncated with `ellipsis`) to exactly
    /// `width` columns.
    public static func fit(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let used = DisplayWidth.of(cut)
        return used < width ? cut + String(repeating: " ", count: width - used) : cut
    }

    /// `text` right-aligned in exactly `width` columns.
    public static func fitRight(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let used = DisplayWidth.of(cut)
        return used < width ? String(repeating: " ", count: width - used) + cut : cut
    }

    /// `text` centred in exactly `width` columns.
    public static func center(_ text: some StringProtocol, in width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let left = (width - DisplayWidth.of(cut)) / 2
        return fit(String(repeating: " ", count: left) + cut, to: width)
    }
}
