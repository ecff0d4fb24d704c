/// An on/off switch (Datadog metric switches, Prometheus enabled).
public struct ToggleField: FieldWidget {
    public private(set) var isOn: Bool
    public private(set) var isFocused = false
    public var toggleBinding = KeyBinding(
        [.character(" "), .left, .right], help: tr("form.toggle.switch"), display: [.character(" ")])
    public var onLabel = tr("form.toggle.on")
    public var offLabel = tr("form.toggle.off")

    public init(isOn: Bool = false) {
        self.isOn = isOn
    }

    public var capturesText: Bool { false }

    public mutating func set(_ on: Bool) { isOn = on }
    public mutating func focus() { isFocused = true }
    public mutating func blur() { isFocused = false }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        guard isFocused, toggleBinding.matches(event) else { return .ignored }
        isOn.toggle()
        return .changed
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        var line = Line()
        line.append(isOn ? context.glyphs.toggleOn : context.glyphs.toggleOff, isFocused ? .selection : .label)
        line.append(" " + (isOn ? onLabel : offLabel), isOn ? .normal : .dim)
        return FieldView(lines: [line.fitted(to: width, ellipsis: context.glyphs.ellipsis)])
    }

    public var bindings: [KeyBinding] { [toggleBinding] }
}
