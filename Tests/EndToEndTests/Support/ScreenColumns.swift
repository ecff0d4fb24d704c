/// How many terminal columns captured screen text takes, for checking that
/// rows line up. Enough of East Asian width for the journeys' names: CJK,
/// kana, Hangul, full-width forms and emoji take two columns, combining marks
/// and format characters none, everything else one.
enum ScreenColumns {
    static func width(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// The column (from 0) where `needle` starts in `line`, or nil.
    static func column(of needle: String, in line: String) -> Int? {
        line.range(of: needle).map { width(line[..<$0.lowerBound]) }
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }
}
