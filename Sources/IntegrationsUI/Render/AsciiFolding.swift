import Foundation

/// Turns a frame into plain ASCII for terminals whose locale is not UTF-8.
///
/// Glyph sets already draw borders and marks in ASCII; what is left is text
/// from the network (names in any script). Each character keeps its width:
/// an accented letter becomes its base letter (`é` → `e`), anything else
/// becomes one `?` per column, so alignment and the cursor stay right.
public enum AsciiFolding {
    public static func fold(_ frame: Frame) -> Frame {
        var copy = frame
        copy.rows = frame.rows.map { row in row.map { Span(fold($0.text), $0.role) } }
        return copy
    }

    /// Punctuation and marks with an obvious one-column ASCII stand-in.
    static let punctuation: [Character: Character] = [
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "…": ".", "–": "-", "—": "-",
        "×": "x", "•": "*", "·": "|", "›": ">", "‹": "<", "✔": "+", "✘": "x", "─": "-", "│": "|",
    ]

    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        for character in text {
            if character.isASCII {
                result.append(character)
                continue
            }
            if let stand = punctuation[character], DisplayWidth.of(character) == 1 {
                result.append(stand)
                continue
            }
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            if width == 1, folded.count == 1, let first = folded.first, first.isASCII,
                let ascii = first.asciiValue, ascii >= 0x20, ascii < 0x7F
            {
                result.append(first)
            } else {
                result += String(repeating: "?", count: width)
            }
        }
        return result
    }
}
