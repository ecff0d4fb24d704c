/// A one-line text field of a form (URLs, names, routing keys).
public struct TextField: FieldWidget {
    public var input: TextInput

    public init(value: String = "", maxLength: Int = 4_096, placeholder: String = "") {
        input = TextInput(value, maxLength: maxLength, placeholder: placeholder)
    }

    public var value: String { input.value }
    public var isFocused: Bool { input.isFocused }
    public var capturesText: Bool { true }

    public mutating func focus() { input.focus() }
    public mutating func blur() { input.blur() }
    public mutating func setValue(_ value: String) { input.setValue(value) }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        input.update(event)
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        var view = input.view(width: width, context: context)
        if let notice = input.notice {
            view.lines.append(Line(TextFitting.truncate(notice, to: width, ellipsis: context.glyphs.ellipsis), .warning))
        }
        return view
    }

    public var bindings: [KeyBinding] { input.keyMap.all }
}
