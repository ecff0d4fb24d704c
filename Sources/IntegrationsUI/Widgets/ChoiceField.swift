import AtlasAdmin

/// Picks one of a few options (regions, Prometheus service discovery). All
/// options are shown in a row so the operator sees the choice, not just the
/// current value; ←/→ or space move the selection.
public struct ChoiceField: FieldWidget {
    public var options: [ChoiceOption]
    public private(set) var selectedIndex: Int
    public private(set) var isFocused = false
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var previous = KeyBinding([.left], help: tr("form.choice.previous"))
        public var next = KeyBinding([.right, .character(" ")], help: tr("form.choice.next"), display: [.right, .character(" ")])
        public var first = KeyBinding([.home], help: tr("form.choice.first"), inFooter: false)
        public var last = KeyBinding([.end], help: tr("form.choice.last"), inFooter: false)
        public init() {}
    }

    public init(options: [ChoiceOption], selected: String? = nil) {
        self.options = options
        self.selectedIndex = selected.flatMap { value in options.firstIndex { $0.value == value } } ?? 0
    }

    public var value: String { options.indices.contains(selectedIndex) ? options[selectedIndex].value : "" }
    public var capturesText: Bool { false }

    public mutating func select(_ value: String) {
        if let index = options.firstIndex(where: { $0.value == value }) { selectedIndex = index }
    }

    public mutating func focus() { isFocused = true }
    public mutating func blur() { isFocused = false }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        guard isFocused, case .key(let key) = event, !options.isEmpty else { return .ignored }
        let before = selectedIndex
        if keyMap.previous.matches(key) {
            selectedIndex = (selectedIndex + options.count - 1) % options.count
        } else if keyMap.next.matches(key) {
            selectedIndex = (selectedIndex + 1) % options.count
        } else if keyMap.first.matches(key) {
            selectedIndex = 0
        } else if keyMap.last.matches(key) {
            selectedIndex = options.count - 1
        } else {
            return .ignored
        }
        return selectedIndex == before ? .handled : .changed
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        let glyphs = context.glyphs
        var line = Line()
        for (index, option) in options.enumerated() {
            if index > 0 { line.append("  ") }
            let selected = index == selectedIndex
            line.append((selected ? glyphs.radioOn : glyphs.radioOff) + " ", selected ? .label : .dim)
            let role: StyleRole = selected ? (isFocused ? .selection : .label) : .normal
            line.append(option.label, role)
        }
        if line.width > width {
            // Too many to show in a row: show the current one between arrows.
            line = Line()
            line.append(glyphs.arrowLeft + " ", .dim)
            line.append(options.indices.contains(selectedIndex) ? options[selectedIndex].label : "",
                        isFocused ? .selection : .label)
            line.append(" " + glyphs.arrowRight + "  (\(selectedIndex + 1)/\(options.count))", .dim)
        }
        return FieldView(lines: [line.fitted(to: width, ellipsis: glyphs.ellipsis)])
    }

    public var bindings: [KeyBinding] { [keyMap.previous, keyMap.next, keyMap.first, keyMap.last] }
}
