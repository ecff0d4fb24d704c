import Localization

/// Breaks text into lines of at most `width` columns, at spaces when it can,
/// for banners, help and messages that must be read whole rather than cut.
///
/// Japanese (like Chinese) writes no spaces between words: a line may break
/// between any two characters where one is wide (two columns), except before
/// closing punctuation and small kana (、。）」ッ…) and after an opening
/// bracket (「（). Text without wide characters wraps at spaces only, and so
/// does everything in English: there a CJK name is a word like any other and
/// stays whole where it fits on a line.
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
                    // A word of wide characters fills the rest of the line first.
                    let head = breakablePrefix(word, columns: width - lineWidth - 1)
                    if head.count > 0 {
                        line += " " + word.prefix(head.count)
                        word = word.dropFirst(head.count)
                        wordWidth -= head.width
                    }
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                // A word longer than the line is cut into line-sized pieces.
                while wordWidth > width {
                    let allowed = breakablePrefix(word, columns: width)
                    let taken = allowed.count > 0 ? allowed.count : max(TextFitting.prefix(word, columns: width).text.count, 1)
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

    /// The longest start of `word` (in characters, and its columns) that fits
    /// in `columns` and ends where a line may break inside the word; zero
    /// when there is no such place (a word without wide characters).
    static func breakablePrefix(_ word: Substring, columns: Int) -> (count: Int, width: Int) {
        guard columns > 0, Wording.language == .japanese else { return (0, 0) }
        var best = (count: 0, width: 0)
        var used = 0
        var previous: Character?
        var count = 0
        for character in word {
            if let previous, count > 0, mayBreak(between: previous, and: character) { best = (count, used) }
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > columns { return best }
            used += characterWidth
            count += 1
            previous = character
        }
        // The whole word fits: no break needed inside it.
        return (count, used)
    }

    static func mayBreak(between before: Character, and after: Character) -> Bool {
        guard DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2 else { return false }
        return !noBreakBefore.contains(after) && !noBreakAfter.contains(before)
    }

    /// Characters a line must not start with.
    static let noBreakBefore: Set<Character> = Set("、。，．,.）)」』】〕〉》］]｝}！!？?：:；;ー・…‥々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
    /// Characters a line must not end with.
    static let noBreakAfter: Set<Character> = Set("（(「『【〔〈《［[｛{")
}
