import AtlasAdmin

/// A field for a key or token: masked as it is typed, one mask character per
/// character, so the operator sees how much arrived (a blank field that
/// swallows input reads as broken). A reveal key shows the text while the
/// field has focus; leaving the field masks it again.
///
/// When editing an existing integration, `current` is Atlas's masked copy
/// (`****0022`). It is shown beside the field and never becomes the value:
/// the key must be typed again, and the field says whether the typed key's
/// last four characters match the current one, so an operator can tell
/// "same key" from "new key" without seeing either. A URL Atlas masks
/// (Teams) is concealed to `****cd34` like a key; the reveal key shows it
/// as Atlas returns it (scheme and host, `/****` and the last four): the
/// host is what tells one webhook from another, and what is shown is what
/// an operator may copy, so the masked-value guard sees that same text.
public struct SecretField: FieldWidget {
    public var input: TextInput
    public private(set) var isRevealed = false
    public var current: MaskedSecret?
    public var revealBinding = KeyBinding([.control("r")], help: "show the key")
    /// What the field holds, for its key help: "key", "webhook URL".
    public var noun = "key"
    public var placeholder: String {
        get { input.placeholder }
        set { input.placeholder = newValue }
    }

    public init(maxLength: Int = 8_192, current: MaskedSecret? = nil, placeholder: String = "") {
        input = TextInput("", maxLength: maxLength, placeholder: placeholder)
        input.treatsValueAsOneWord = true
        self.current = current
    }

    public var value: String { input.value }
    public var secret: SecretValue { SecretValue(input.value) }
    public var isFocused: Bool { input.isFocused }
    public var capturesText: Bool { true }

    public mutating func focus() { input.focus() }
    public mutating func blur() {
        input.blur()
        isRevealed = false
    }

    public mutating func setValue(_ value: String) { input.setValue(value) }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        guard isFocused else { return .ignored }
        if revealBinding.matches(event) {
            isRevealed.toggle()
            input.treatsValueAsOneWord = !isRevealed
            return .handled
        }
        return input.update(event)
    }

    /// Whether what is typed ends like the current key: nil when there is
    /// nothing to compare.
    public var tailMatchesCurrent: Bool? {
        guard let current, !input.isEmpty, !current.visibleTail.isEmpty else { return nil }
        return current.tailMatches(secret)
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        let glyphs = context.glyphs
        var view = input.view(width: width, mask: isRevealed ? nil : glyphs.mask, context: context)
        // The count (and "shown") must stay whole: when the line is too
        // wide, the comparison is said shorter, then left out.
        var count = Line()
        if !input.isEmpty {
            count.append("\(input.characters.count) chars", .dim)
            if isRevealed { count.append(" (shown)", .warning) }
        }
        var status = Line()
        for detail in [Detail.full, .verdict, .short, .none] {
            status = currentLine(detail, glyphs: glyphs)
            if count.width > 0 {
                if status.width > 0 { status.append("  ", .dim) }
                status.append(count)
            }
            if status.width <= width { break }
        }
        if status.width > 0 {
            view.lines.append(status.fitted(to: width, ellipsis: glyphs.ellipsis))
        }
        if let notice = input.notice {
            view.lines.append(Line(TextFitting.truncate(notice, to: width, ellipsis: glyphs.ellipsis), .warning))
        }
        return view
    }

    /// How much of the comparison a line has room for: everything, the
    /// verdict without the typed tail, the verdict in a word, nothing.
    private enum Detail { case full, verdict, short, none }

    /// What the field holds next to what Atlas shows of the current key.
    private func currentLine(_ detail: Detail, glyphs: Glyphs) -> Line {
        var line = Line()
        guard let current else { return line }
        line.append("current: ", .dim)
        let asReturned = isRevealed && current.masked.contains("://")
        line.append(asReturned ? Sanitizer.sanitize(current.masked, maxCharacters: 300) : current.short, .secret)
        if let matches = tailMatchesCurrent {
            guard detail != .none else { return line }
            if detail == .full {
                line.append("  typed ends ", .dim)
                line.append(String(input.value.suffix(4)), .secret)
            } else {
                line.append(" ", .dim)
            }
            let long = detail != .short
            if matches {
                line.append(" \(glyphs.check) \(long ? "same last four" : "same")", .success)
            } else {
                line.append(" \(glyphs.cross) \(long ? "differs: this replaces the key" : "differs")", .warning)
            }
        } else if detail != .none {
            line.append("  Atlas never returns it: type it again", .dim)
        }
        return line
    }

    public var bindings: [KeyBinding] {
        [revealBinding.withHelp(isRevealed ? "hide the \(noun)" : "show the \(noun)")] + input.keyMap.all
    }
}
