/// A message across the screen: what failed (with Atlas's status, error
/// code and detail), what was saved, or a standing notice like read-only.
public struct Banner: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case error, warning, info, success
    }

    public var kind: Kind
    public var title: String
    public var detail: String?
    /// What the operator can do now ("press e to edit instead").
    public var hint: String?

    public init(_ kind: Kind, _ title: String, detail: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.title = title
        self.detail = detail
        self.hint = hint
    }

    /// All the banner's text, for tests and logs.
    public var text: String {
        [title, detail, hint].compactMap { $0 }.joined(separator: " ")
    }

    var role: StyleRole {
        switch kind {
        case .error: .bannerError
        case .warning: .warning
        case .info: .bannerInfo
        case .success: .bannerSuccess
        }
    }

    /// At most `maxLines` lines, each `width` columns.
    public func view(width: Int, glyphs: Glyphs, maxLines: Int = 4) -> [Line] {
        let mark: String = switch kind {
        case .error: glyphs.cross
        case .warning: "!"
        case .info: "i"
        case .success: glyphs.check
        }
        let head = " \(mark) \(title)"
        var paragraphs: [String] = []
        if let detail, !detail.isEmpty {
            let joined = head + " \(glyphs.emDash) " + detail
            // One line when it fits; otherwise the detail starts its own line.
            if DisplayWidth.of(joined) <= width - 1 {
                paragraphs = [joined]
            } else {
                paragraphs = [head, "   " + detail]
            }
        } else {
            paragraphs = [head]
        }
        if let hint { paragraphs.append("   " + hint) }
        var lines: [Line] = []
        for paragraph in paragraphs {
            let indent = paragraph.hasPrefix("   ") ? "   " : ""
            let wrapped = WordWrap.lines(String(paragraph.dropFirst(indent.count)), width: width - 1 - indent.count)
            lines += wrapped.map { Line(indent + $0, role).fitted(to: width, fill: role) }
        }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = Line(TextFitting.truncate(lines[maxLines - 1].text.trimmingTrailingSpaces + " " + glyphs.ellipsis, to: width), role).fitted(to: width, fill: role)
        }
        return lines
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
