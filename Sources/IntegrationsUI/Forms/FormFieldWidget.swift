/// The widget behind one form field: one case per field kind, plus a
/// read-only display for fields the product may show but not change.
public enum FormFieldWidget: Sendable, Equatable {
    case text(TextField)
    case secret(SecretField)
    case choice(ChoiceField)
    case toggle(ToggleField)
    case multiline(MultilineField)
    /// A value shown, never sent.
    case readOnly(String)

    var base: (any FieldWidget)? {
        switch self {
        case .text(let field): field
        case .secret(let field): field
        case .choice(let field): field
        case .toggle(let field): field
        case .multiline(let field): field
        case .readOnly: nil
        }
    }

    public var isFocusable: Bool { base != nil }
    public var isFocused: Bool { base?.isFocused ?? false }
    public var capturesText: Bool { base?.capturesText ?? false }
    public var bindings: [KeyBinding] { base?.bindings ?? [] }

    /// The field's value as text (toggles: "true"/"false").
    public var text: String {
        switch self {
        case .text(let field): field.value
        case .secret(let field): field.value
        case .choice(let field): field.value
        case .toggle(let field): field.isOn ? "true" : "false"
        case .multiline(let field): field.value
        case .readOnly(let value): value
        }
    }

    public mutating func focus() { mutate { $0.focus() } }
    public mutating func blur() { mutate { $0.blur() } }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        var outcome = WidgetOutcome.ignored
        mutate { outcome = $0.update(event) }
        return outcome
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        if case .readOnly(let value) = self {
            return FieldView(lines: [Line(value.isEmpty ? tr("form.notSet") : value, .dim).fitted(to: width, ellipsis: context.glyphs.ellipsis)])
        }
        return base?.view(width: width, context: context) ?? FieldView(lines: [])
    }

    /// A secret field's count waits for typing to pause.
    public var wantsTicks: Bool {
        if case .secret(let field) = self { return field.wantsTicks }
        return false
    }

    public mutating func tick() {
        if case .secret(var field) = self, field.wantsTicks {
            field.tick()
            self = .secret(field)
        }
    }

    /// Replaces the value of a text-like field (after `$EDITOR`).
    public mutating func setText(_ value: String) {
        switch self {
        case .text(var field): field.setValue(value); self = .text(field)
        case .secret(var field): field.setValue(value); self = .secret(field)
        case .multiline(var field): field.setValue(value); self = .multiline(field)
        case .choice(var field): field.select(value); self = .choice(field)
        case .toggle(var field): field.set(value == "true"); self = .toggle(field)
        case .readOnly: break
        }
    }

    private mutating func mutate(_ body: (inout any FieldWidget) -> Void) {
        switch self {
        case .text(let field):
            var widget: any FieldWidget = field
            body(&widget)
            if let updated = widget as? TextField { self = .text(updated) }
        case .secret(let field):
            var widget: any FieldWidget = field
            body(&widget)
            if let updated = widget as? SecretField { self = .secret(updated) }
        case .choice(let field):
            var widget: any FieldWidget = field
            body(&widget)
            if let updated = widget as? ChoiceField { self = .choice(updated) }
        case .toggle(let field):
            var widget: any FieldWidget = field
            body(&widget)
            if let updated = widget as? ToggleField { self = .toggle(updated) }
        case .multiline(let field):
            var widget: any FieldWidget = field
            body(&widget)
            if let updated = widget as? MultilineField { self = .multiline(updated) }
        case .readOnly:
            break
        }
    }
}
