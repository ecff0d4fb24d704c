/// One row of styled text under construction, any width; `fitted(to:)` makes
/// it exactly as wide as a frame row.
public struct Line: Sendable, Hashable {
    public private(set) var spans: [Span]
    public private(set) var width: Int

    public init(_ spans: [Span] = []) {
        self.spans = []
        self.width = 0
        for span in spans { append(span.text, span.role) }
    }

    public init(_ text: String, _ role: StyleRole = .normal) {
        self.init([Span(text, role)])
    }

    public static let empty = Line()

    public mutating func append(_ text: String, _ role: StyleRole = .normal) {
        guard !text.isEmpty else { return }
        width += DisplayWidth.of(text)
        if let last = spans.last, last.role == role {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text, role))
        }
    }

    public mutating func append(_ line: Line) {
        for span in line.spans { append(span.text, span.role) }
    }

    /// Appends spaces up to column `column` (nothing if already past it).
    public mutating func pad(to column: Int, _ role: StyleRole = .normal) {
        if column > width { append(String(repeating: " ", count: column - width), role) }
    }

    public var text: String { spans.map(\.text).joined() }

    /// Exactly `width` columns: cut (with `ellipsis`) or padded with `fill`.
    public func fitted(to width: Int, ellipsis: String = "…", fill: StyleRole = .normal) -> Line {
        guard width > 0 else { return Line() }
        if self.width == width { return self }
        if self.width < width {
            var copy = self
            copy.pad(to: width, fill)
            return copy
        }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        var result = sliced(from: 0, columns: max(width - ellipsisWidth, 0))
        let role = result.spans.last?.role ?? fill
        if ellipsisWidth <= width { result.append(ellipsis, role) }
        result.pad(to: width, fill)
        return result
    }

    /// The columns `[from, from + columns)`; a wide character cut by either
    /// edge becomes spaces, so the slice is exactly `columns` wide when the
    /// line is long enough.
    public func sliced(from start: Int, columns: Int) -> Line {
        var result = Line()
        guard columns > 0 else { return result }
        let end = start + columns
        var column = 0
        for span in spans {
            if column >= end { break }
            var piece = ""
            for character in span.text {
                let w = DisplayWidth.of(character)
                let next = column + w
                if next <= start {
                    column = next
                    continue
                }
                if column >= end { break }
                if column < start || next > end {
                    // Straddles an edge: keep only the visible columns, as blanks.
                    let visible = min(next, end) - max(column, start)
                    piece += String(repeating: " ", count: visible)
                } else {
                    piece.append(character)
                }
                column = next
            }
            result.append(piece, span.role)
        }
        return result
    }

    /// This line with `overlay` drawn over it from column `at`.
    public func overlaid(_ overlay: Line, at column: Int, totalWidth: Int) -> Line {
        let base = fitted(to: totalWidth)
        var result = base.sliced(from: 0, columns: column)
        result.pad(to: column)
        result.append(overlay)
        let after = column + overlay.width
        if after < totalWidth {
            result.append(base.sliced(from: after, columns: totalWidth - after))
        }
        return result.fitted(to: totalWidth)
    }
}
