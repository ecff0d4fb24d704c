import AtlasAdmin

/// A field for a key or token: masked as it is typed, one mask character per
/// character, so the operator sees how much arrived (a blank field that
/// swallows input reads as broken). A reveal key shows the text while the
/// field has focus; leaving the field masks it again.
///
/// Typing must stay cheap on a slow link (issue 15: at most 4 bytes per
/// typed character): the mask is drawn plain, like a text field's typed
/// text, so a typed character costs only its mask character on the wire;
/// and the "32 chars" count, which lives on another line (reaching it and
/// coming back costs more than a dozen bytes), catches up when typing
/// pauses (`tick`), or at once after any other edit, a paste, a reveal or
/// leaving the field. Its line is kept while the field has focus, so the
/// first character does not push the form down, and it holds the
/// placeholder then: inside the field, the first character would have to
/// overwrite all of it.
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
    public var revealBinding = KeyBinding([.control("r")], help: tr("form.secret.show", tr("form.secret.noun.key")))
    /// The count as drawn: behind the value while characters are typed.
    public private(set) var shownCount = 0
    /// Ticks since the last typed character, while the count is behind.
    private var quietTicks: Int?
    /// Ticks (about ten a second) without a typed character before the
    /// count catches up: longer than the gap between keys of fast typing.
    public static let ticksBeforeCount = 4
    /// What the field holds, for its key help: "key", "webhook URL".
    public var noun = tr("form.secret.noun.key")
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
        showCount()
    }

    public mutating func setValue(_ value: String) {
        input.setValue(value)
        showCount()
    }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        guard isFocused else { return .ignored }
        if revealBinding.matches(event) {
            isRevealed.toggle()
            input.treatsValueAsOneWord = !isRevealed
            showCount()
            return .handled
        }
        let outcome = input.update(event)
        if case .key(.character) = event, outcome == .changed {
            quietTicks = 0
        } else {
            showCount()
        }
        return outcome
    }

    /// Whether the count waits for typing to pause (the app then sends ticks).
    public var wantsTicks: Bool { quietTicks != nil }

    /// Time passing: after `ticksBeforeCount` ticks without a typed
    /// character the count shows the value's length.
    public mutating func tick() {
        guard let ticks = quietTicks else { return }
        if ticks + 1 >= Self.ticksBeforeCount {
            showCount()
        } else {
            quietTicks = ticks + 1
        }
    }

    private mutating func showCount() {
        shownCount = input.characters.count
        quietTicks = nil
    }

    /// Whether what is typed ends like the current key: nil when there is
    /// nothing to compare.
    public var tailMatchesCurrent: Bool? {
        guard let current, !input.isEmpty, !current.visibleTail.isEmpty else { return nil }
        return current.tailMatches(secret)
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        let glyphs = context.glyphs
        var drawn = input
        if isFocused { drawn.placeholder = "" }
        var view = drawn.view(width: width, mask: isRevealed ? nil : glyphs.mask, context: context)
        // The count (and "shown") must stay whole: when the line is too
        // wide, the comparison is said shorter, then left out.
        var count = Line()
        if !input.isEmpty, shownCount > 0 {
            count.append(tr("form.secret.count", String(shownCount)), .dim)
            if isRevealed { count.append(tr("form.secret.shown"), .warning) }
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
        if isFocused, status.width == 0, shownCount == 0, !placeholder.isEmpty {
            status.append(TextFitting.truncate(placeholder, to: width, ellipsis: glyphs.ellipsis), .dim)
        }
        if status.width > 0 || isFocused {
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
        line.append(tr("form.current"), .dim)
        let asReturned = isRevealed && current.masked.contains("://")
        line.append(asReturned ? Sanitizer.sanitize(current.masked, maxCharacters: 300) : current.short, .secret)
        if let matches = tailMatchesCurrent {
            guard detail != .none else { return line }
            if detail == .full {
                line.append(tr("form.secret.typedEnds"), .dim)
                line.append(String(input.value.suffix(4)), .secret)
            } else {
                line.append(" ", .dim)
            }
            let long = detail != .short
            if matches {
                let words = long ? tr("form.secret.same.long") : tr("form.secret.same")
                line.append(" " + glyphs.check + " " + words, .success)
            } else {
                let words = long ? tr("form.secret.differs.long") : tr("form.secret.differs")
                line.append(" " + glyphs.cross + " " + words, .warning)
            }
        } else if detail != .none {
            line.append("  " + tr("form.secret.typeAgain"), .dim)
        }
        return line
    }

    public var bindings: [KeyBinding] {
        [revealBinding.withHelp(isRevealed ? tr("form.secret.hide", noun) : tr("form.secret.show", noun))] + input.keyMap.all
    }
}
