import AtlasAdmin

/// Makes text from the network safe to draw.
///
/// Atlas returns names and messages that anyone with project access can set.
/// Drawn as they are, an `ESC [` sequence could move the cursor, retitle the
/// window or fake a prompt, a bidi override could make `evil` read `live`,
/// and a zero-width character could hide a look-alike. So every such string
/// passes through here before it is stored for drawing:
///
/// - escape sequences (CSI, OSC, DCS, APC, PM, SOS and two-character ones,
///   also in their 8-bit C1 forms) are removed whole, by `EscapeSequence`;
/// - other C0/C1 controls and DEL become U+FFFD (tab and line breaks a space);
/// - bidi embeddings, overrides, isolates and marks are removed;
/// - invisible characters (zero-width space and non-joiner, word joiner, BOM,
///   invisible operators, soft hyphen, tag characters) are removed; a
///   zero-width joiner is kept only between emoji, where it builds a glyph;
/// - noncharacters become U+FFFD, and runs of combining marks are capped;
/// - the result is capped at `maxCharacters`, ending with "…" when cut.
public enum Sanitizer {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"
    /// The default cap: far beyond any real name, short of a screenful.
    public static let defaultMaxCharacters = 1_000
    /// Combining marks kept on one base character ("Zalgo" text is cut).
    static let maxCombiningMarks = 4

    /// `text` made safe to draw on one line.
    public static func sanitize(_ text: String, maxCharacters: Int = defaultMaxCharacters) -> String {
        clean(text, keepNewlines: false, maxCharacters: maxCharacters)
    }

    /// `text` made safe to draw, keeping line breaks (for multi-line values).
    public static func sanitizeMultiline(_ text: String, maxCharacters: Int = 100_000) -> String {
        clean(text, keepNewlines: true, maxCharacters: maxCharacters)
    }

    /// Bytes decoded as UTF-8 (invalid sequences become U+FFFD), then sanitized.
    public static func sanitize(bytes: [UInt8], maxCharacters: Int = defaultMaxCharacters) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self), maxCharacters: maxCharacters)
    }

    /// Whether drawing `text` as it is would be safe (nothing to remove).
    public static func isClean(_ text: String) -> Bool {
        sanitize(text, maxCharacters: Int.max) == text
    }

    private static func clean(_ text: String, keepNewlines: Bool, maxCharacters: Int) -> String {
        // Fast path: printable ASCII needs nothing but the length cap.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return cap(text, maxCharacters)
        }
        var scalars = String.UnicodeScalarView()
        var input = Array(text.unicodeScalars)
        var index = 0
        var marks = 0
        // Normalise CR LF to one break before anything else.
        if keepNewlines { input = normaliseLineBreaks(input) }
        while index < input.count {
            let scalar = input[index]
            let value = scalar.value
            if let end = EscapeSequence.end(in: input, at: index) {
                index = end
                continue
            }
            index += 1
            if value == 0x0A && keepNewlines {
                scalars.append(scalar)
                marks = 0
                continue
            }
            if value == 0x09 || value == 0x0A || value == 0x0D || value == 0x85
                || value == 0x2028 || value == 0x2029 {
                scalars.append(" ")
                marks = 0
                continue
            }
            if value < 0x20 || (value >= 0x7F && value < 0xA0) {
                scalars.append(replacement)
                continue
            }
            if isBidiControl(value) { continue }
            if value == 0x200D {
                let before = scalars.last.map(isEmoji) ?? false
                let after = index < input.count && isEmoji(input[index])
                if before && after { scalars.append(scalar) }
                continue
            }
            if isInvisible(value) { continue }
            if scalar.properties.isNoncharacterCodePoint {
                scalars.append(replacement)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                marks += 1
                if marks > maxCombiningMarks { continue }
            default:
                marks = 0
            }
            scalars.append(scalar)
        }
        return cap(String(scalars), maxCharacters)
    }

    private static func cap(_ text: String, _ maxCharacters: Int) -> String {
        guard maxCharacters > 0, text.utf8.count > maxCharacters, text.count > maxCharacters else {
            return text
        }
        return String(text.prefix(max(maxCharacters - 1, 0))) + "…"
    }

    private static func normaliseLineBreaks(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if scalar == "\r" {
                output.append("\n")
                if index + 1 < input.count && input[index + 1] == "\n" { index += 1 }
            } else {
                output.append(scalar)
            }
            index += 1
        }
        return output
    }

    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    static func isInvisible(_ value: UInt32) -> Bool {
        value == 0x200B || value == 0x200C || value == 0x2060 || value == 0xFEFF
            || value == 0x00AD || value == 0x180E || value == 0x034F
            || (0x2061...0x2064).contains(value) || (0xE0000...0xE007F).contains(value)
            || (0xFFF9...0xFFFB).contains(value)
    }

    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && (scalar.properties.isEmoji || scalar.value == 0xFE0F)
    }
}
