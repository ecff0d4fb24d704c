/// The `?` screen: every key of the current screen, including the ones the
/// footer had no room for and the ones switched off (with the reason, such
/// as read-only mode), so help is more than the footer repeated.
public struct HelpOverlay: Sendable, Hashable {
    public var title: String
    public var sections: [HelpSection]
    public var notes: [String]
    public private(set) var scroll = 0
    public var closeBinding = KeyBinding([.escape, .character("?"), .character("q"), .enter, .function(1)],
                                         help: tr("common.help.key.close"))
    public var scrollBinding = KeyBinding([.up, .down, .pageUp, .pageDown], help: tr("common.help.key.scroll"), display: [.up, .down])

    public init(title: String, sections: [HelpSection], notes: [String] = []) {
        self.title = title
        self.sections = sections
        self.notes = notes
    }

    /// True when the key closes the overlay.
    public mutating func update(_ key: Key) -> Bool {
        if closeBinding.matches(key) { return true }
        switch key {
        case .up: scroll = max(scroll - 1, 0)
        case .down: scroll += 1
        case .pageUp: scroll = max(scroll - 10, 0)
        case .pageDown: scroll += 10
        default: break
        }
        return false
    }

    func contentLines(width: Int, glyphs: Glyphs) -> [Line] {
        var lines: [Line] = []
        let keyColumn = 16
        for section in sections where !section.bindings.isEmpty {
            if !lines.isEmpty { lines.append(Line()) }
            lines.append(Line(section.title, .title))
            var seen = Set<String>()
            for binding in section.bindings {
                let label = binding.keys.map { KeyLabel.name($0, glyphs) }.joined(separator: " ")
                guard seen.insert(label + binding.help).inserted else { continue }
                var line = Line()
                line.append("  " + TextFitting.fit(label, to: keyColumn, ellipsis: glyphs.ellipsis) + " ",
                            binding.isEnabled ? .footerKey : .dim)
                line.append(binding.help, binding.isEnabled ? .normal : .dim)
                if !binding.isEnabled {
                    line.append(tr("common.help.off", binding.disabledReason ?? tr("common.help.off.unavailable")), .dim)
                }
                lines.append(line)
            }
        }
        for note in notes {
            lines.append(Line())
            for wrapped in WordWrap.lines(note, width: max(width, 10)) { lines.append(Line(wrapped, .dim)) }
        }
        return lines
    }

    /// The overlay as a box of at most `width` × `height`.
    public func view(width: Int, height: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(width, 76)
        let content = contentLines(width: boxWidth - 4, glyphs: glyphs)
        let room = max(height - 3, 1)
        let maxScroll = max(content.count - room, 0)
        let start = min(scroll, maxScroll)
        var shown = Array(content[start..<min(start + room, content.count)])
        if content.count > room {
            shown.append(Line(tr("common.help.scrolling", glyphs.arrowUp + glyphs.arrowDown, glyphs.separator, start + 1, start + shown.count, content.count), .dim))
        } else {
            shown.append(Line(tr("common.help.closes"), .dim))
        }
        return Box.lines(title: title, content: shown, width: boxWidth, glyphs: glyphs)
    }
}
