/// Draws a bordered box around lines, for dialogs and the help overlay.
public enum Box {
    /// `content` inside a border `width` columns wide, with `title` in the
    /// top edge. Content lines are fitted to the inside width.
    public static func lines(title: String, content: [Line], width: Int, glyphs: Glyphs, role: StyleRole = .dialog) -> [Line] {
        let inner = max(width - 4, 1)
        var top = Line()
        top.append(glyphs.topLeft + glyphs.horizontal, role)
        let shownTitle = title.isEmpty ? "" : " " + TextFitting.truncate(title, to: max(inner - 2, 1), ellipsis: glyphs.ellipsis) + " "
        top.append(shownTitle, role)
        let rest = max(width - top.width - 1, 0)
        top.append(String(repeating: glyphs.horizontal, count: rest) + glyphs.topRight, role)
        var result = [top.fitted(to: width, fill: role)]
        for line in content {
            var row = Line()
            row.append(glyphs.vertical + " ", role)
            var body = line.fitted(to: inner, ellipsis: glyphs.ellipsis, fill: role)
            body = Line(body.spans.map { Span($0.text, Self.inside(role, $0.role)) })
            row.append(body)
            row.append(" " + glyphs.vertical, role)
            result.append(row)
        }
        var bottom = Line()
        bottom.append(glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: max(width - 2, 0)) + glyphs.bottomRight, role)
        result.append(bottom)
        return result
    }

    /// The role a span of `content` takes inside a box drawn in `box`: plain
    /// text, headings, key names and dim text take the box's background.
    static func inside(_ box: StyleRole, _ role: StyleRole) -> StyleRole {
        guard box == .dialog else { return role == .normal ? box : role }
        switch role {
        case .normal: return .dialog
        case .title: return .dialogTitle
        case .footerKey: return .dialogKey
        case .dim: return .dialogDim
        default: return role
        }
    }
}
