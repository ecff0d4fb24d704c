import Testing
@testable import IntegrationsUI

/// Checks that a rendered frame is safe to hand to the terminal.
enum FrameSafety {
    /// Scalars that must never reach a span: C0, DEL, C1 and bidi controls.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Every span free of controls, every row exactly the frame's width.
    static func expectSafe(_ frame: Frame, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(frame.rows.count == frame.height, "\(context): \(frame.rows.count) rows", sourceLocation: sourceLocation)
        for (index, row) in frame.rows.enumerated() {
            for span in row {
                let bad = span.text.unicodeScalars.first(where: isForbidden)
                #expect(bad == nil, "\(context): U+\(String(bad?.value ?? 0, radix: 16)) in row \(index): \(span.text.debugDescription.prefix(120))",
                        sourceLocation: sourceLocation)
            }
            let width = DisplayWidth.of(row.map(\.text).joined())
            #expect(width == frame.width, "\(context): row \(index) is \(width) columns, not \(frame.width)",
                    sourceLocation: sourceLocation)
        }
    }
}
