/// Breaks text into lines of at most `width` columns, at spaces when it can,
/// for banners, help and messages that must be read whole rather than cut.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                // A word longer than the line is cut into line-sized pieces.
                while wordWidth > width {
                    let piece = TextFitting.prefix(word, columns: width)
                    let taken = max(piece.text.count, 1)
                    result.append(String(word.prefix(taken)))
                    word = word.dropFirst(taken)
                    wordWidth = DisplayWidth.of(word)
                }
                line = String(word)
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }
}
