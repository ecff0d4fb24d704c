import AtlasAdmin

/// A live integration form built from the type's `CatalogEntry`: the
/// fields' widgets, focus, validation, and the request body it turns into.
///
/// Editing never starts from what Atlas hid: a masked or write-only field
/// starts empty and shows "current: ****0022" beside it; only values Atlas
/// returns in clear (regions, toggles, names) are filled in. The operator's input
/// is never cleared by anything but the operator.
public struct Form: Sendable, Equatable {
    public let spec: CatalogEntry
    public private(set) var mode: FormMode
    public private(set) var fields: [FormField]
    /// The focused field, nil when no field can take focus.
    public private(set) var focusIndex: Int?
    private var initialValues: [String]
    private var parkedFocus: Int?
    public var keyMap = FormKeyMap()
    /// Columns given to labels, at least: a form whose labels are wider
    /// (in display cells) widens its column so they and their marks fit.
    static let labelWidth = 22
    /// The widest label the standard column holds with room for its marks.
    static let labelRoom = 18

    public init(spec: CatalogEntry, mode: FormMode) {
        self.spec = spec
        self.mode = mode
        self.fields = spec.fields.map { Self.makeField($0, mode: mode) }
        self.initialValues = fields.map(\.text)
        self.focusIndex = nil
        if let first = fields.firstIndex(where: { $0.widget.isFocusable }) { moveFocus(to: first) }
    }

    static func makeField(_ spec: CatalogField, mode: FormMode) -> FormField {
        let existing = mode.existing?.fields[spec.key]
        let masked: MaskedSecret? = if case .masked(let secret)? = existing { secret } else { nil }
        guard mode.canSubmit, spec.isWritable else {
            return FormField(spec: spec, widget: .readOnly(display(existing)), current: existing, error: nil, isRequired: false)
        }
        let existingText: String? = if case .text(let value)? = existing { value } else { nil }
        let required = isRequired(spec, mode: mode, hasMaskedCurrent: masked != nil)
        let placeholder = spec.placeholder.isEmpty && !required ? tr("form.placeholder.optional") : spec.placeholder
        let widget: FormFieldWidget
        switch spec.kind {
        case .secret, .url where spec.isConcealed:
            let hint = masked != nil || (mode.isUpdate && spec.readBack == .writeOnly)
                ? tr("form.secret.typeAgain") : placeholder
            var field = SecretField(maxLength: spec.inputLimit, current: masked, placeholder: hint)
            field.noun = spec.kind == .url ? tr("form.secret.noun.url") : tr("form.secret.noun.key")
            widget = .secret(field)
        case .text, .url:
            var field = TextField(maxLength: spec.inputLimit, placeholder: placeholder)
            if let existingText { field.setValue(Sanitizer.sanitize(existingText, maxCharacters: spec.inputLimit)) }
            widget = .text(field)
        case .choice(let options):
            let selected = existingText ?? spec.defaultValue
            var sanitizedOptions = options
            // A value this build does not list (a new region) stays selectable.
            if let selected, !options.contains(where: { $0.value == selected }) {
                sanitizedOptions.append(ChoiceOption(Sanitizer.sanitize(selected, maxCharacters: 40)))
            }
            widget = .choice(ChoiceField(options: sanitizedOptions, selected: selected.map { Sanitizer.sanitize($0, maxCharacters: 40) }))
        case .toggle:
            let on: Bool = if case .bool(let value)? = existing { value } else { spec.defaultValue == "true" }
            widget = .toggle(ToggleField(isOn: on))
        case .template:
            var field = MultilineField(visibleRows: 4, maxCharacters: spec.inputLimit)
            if let existingText { field.setValue(Sanitizer.sanitizeMultiline(existingText, maxCharacters: spec.inputLimit)) }
            widget = .multiline(field)
        }
        return FormField(spec: spec, widget: widget, current: existing, error: nil, isRequired: required)
    }

    /// Required by the schema, to create, or, when editing, because a read
    /// never shows the value and a PUT without it would not keep it.
    static func isRequired(_ spec: CatalogField, mode: FormMode, hasMaskedCurrent: Bool) -> Bool {
        if spec.isRequired { return true }
        if mode.isUpdate {
            return hasMaskedCurrent || (spec.readBack == .writeOnly && spec.isRequiredToCreate)
        }
        return spec.isRequiredToCreate
    }

    static func display(_ value: IntegrationFieldValue?) -> String {
        switch value {
        case .masked(let secret)?:
            Sanitizer.sanitize(secret.masked.contains("://") ? secret.masked : secret.short)
        case let value?: Sanitizer.sanitize(value.displayText)
        case nil: ""
        }
    }

    // MARK: - State

    public var focusedField: FormField? { focusIndex.map { fields[$0] } }

    /// Whether the operator changed anything since the form opened.
    public var isDirty: Bool { fields.map(\.text) != initialValues }

    /// Whether the focused field takes printable characters as text.
    public var focusCapturesText: Bool { focusedField?.widget.capturesText ?? false }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

    private var focusableIndices: [Int] { fields.indices.filter { fields[$0].widget.isFocusable } }

    public var isOnLastField: Bool { focusIndex != nil && focusIndex == focusableIndices.last }

    // MARK: - Changing

    /// Switches a create form to editing `existing` (after a 409), keeping
    /// every value typed so far.
    public mutating func switchToEdit(_ existing: Integration) {
        mode = .edit(existing)
        for index in fields.indices {
            let spec = fields[index].spec
            let current = existing.fields[spec.key]
            fields[index].current = current
            let masked: MaskedSecret? = if case .masked(let value)? = current { value } else { nil }
            if case .readOnly = fields[index].widget { continue }
            fields[index].isRequired = Self.isRequired(spec, mode: mode, hasMaskedCurrent: masked != nil)
            if case .secret(var secret) = fields[index].widget {
                secret.current = masked
                if masked != nil || spec.readBack == .writeOnly { secret.placeholder = tr("form.secret.typeAgain") }
                fields[index].widget = .secret(secret)
            }
        }
    }

    /// Whether a field waits for time to pass (a secret's count).
    public var wantsTicks: Bool { fields.contains { $0.widget.wantsTicks } }

    /// Time passing, for fields that wait for typing to pause.
    public mutating func tick() {
        for index in fields.indices where fields[index].widget.wantsTicks { fields[index].widget.tick() }
    }

    /// What is typed now is what Atlas holds: leaving asks nothing.
    public mutating func markSaved() {
        initialValues = fields.map(\.text)
    }

    /// Updates "current" values after a refresh, keeping typed values.
    public mutating func updateExisting(_ existing: Integration) {
        guard mode.isUpdate else { return }
        switchToEdit(existing)
    }

    public mutating func setError(_ message: String?, forField key: String) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        fields[index].error = message
    }

    public mutating func clearErrors() {
        for index in fields.indices { fields[index].error = nil }
    }

    public mutating func focus(field key: String) {
        if let index = fields.firstIndex(where: { $0.key == key && $0.widget.isFocusable }) { moveFocus(to: index) }
    }

    /// Takes focus away from every field (while a banner has the keys);
    /// `restoreFocus` gives it back to the same field.
    public mutating func blurAll() {
        if let focusIndex {
            fields[focusIndex].widget.blur()
            parkedFocus = focusIndex
        }
        focusIndex = nil
    }

    public mutating func restoreFocus() {
        if let firstError = fields.firstIndex(where: { $0.error != nil && $0.widget.isFocusable }) {
            moveFocus(to: firstError)
        } else if let parkedFocus, fields.indices.contains(parkedFocus) {
            moveFocus(to: parkedFocus)
        } else if let first = focusableIndices.first {
            moveFocus(to: first)
        }
    }

    public mutating func setText(_ text: String, forField key: String) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        fields[index].widget.setText(text)
        fields[index].error = nil
    }

    private mutating func moveFocus(to index: Int) {
        if let focusIndex, focusIndex != index {
            fields[focusIndex].widget.blur()
            // Format checks run on leaving a field; "required" waits for submit.
            if !fields[focusIndex].text.isEmpty, fields[focusIndex].error == nil {
                fields[focusIndex].error = fields[focusIndex].validationMessage()
            }
        }
        focusIndex = index
        fields[index].widget.focus()
    }

    private mutating func moveFocus(by step: Int) {
        let order = focusableIndices
        guard !order.isEmpty else { return }
        let position = focusIndex.flatMap { order.firstIndex(of: $0) } ?? (step > 0 ? -1 : order.count)
        moveFocus(to: order[(position + step + order.count) % order.count])
    }

    /// Checks every field; true when all pass. The first failing field gets focus.
    public mutating func validateAll() -> Bool {
        var firstInvalid: Int?
        for index in fields.indices {
            fields[index].error = fields[index].validationMessage()
            if fields[index].error != nil && firstInvalid == nil { firstInvalid = index }
        }
        if let firstInvalid {
            moveFocus(to: firstInvalid)
            return false
        }
        return true
    }

    /// The request body: writable fields only; empty optional values left
    /// out. Refused, naming the field, when a value is one Atlas would
    /// store as a broken destination (a masked copy).
    public func settings() throws(SettingsRefusal) -> IntegrationSettings {
        var entries: [(key: String, value: SettingValue)] = []
        for field in fields {
            let value = field.text
            switch field.widget {
            case .readOnly:
                continue
            case .secret:
                if value.isEmpty && !field.isRequired { continue }
                entries.append((field.key, .secret(SecretValue(value))))
            case .toggle(let toggle):
                entries.append((field.key, .bool(toggle.isOn)))
            case .choice:
                entries.append((field.key, .text(value)))
            case .text, .multiline:
                if value.isEmpty && !field.isRequired { continue }
                entries.append((field.key, .text(value)))
            }
        }
        return try IntegrationSettings(type: spec.type, fields: entries)
    }

    public mutating func update(_ event: InputEvent) -> FormOutcome {
        if let index = focusIndex {
            switch fields[index].widget.update(event) {
            case .changed:
                fields[index].error = nil
                return .changed
            case .handled: return .handled
            case .next:
                moveFocus(by: 1)
                return .handled
            case .previous:
                moveFocus(by: -1)
                return .handled
            case .submit: return .submit
            case .openEditor(let text): return .openEditor(field: fields[index].key, text: text)
            case .ignored: break
            }
        }
        guard case .key(let key) = event else { return .ignored }
        if keyMap.submit.matches(key) { return mode.canSubmit ? .submit : .ignored }
        if keyMap.enter.matches(key) {
            if isOnLastField && mode.canSubmit { return .submit }
            moveFocus(by: 1)
            return .handled
        }
        if keyMap.next.matches(key) {
            moveFocus(by: 1)
            return .handled
        }
        if keyMap.previous.matches(key) {
            moveFocus(by: -1)
            return .handled
        }
        return .ignored
    }

    /// The focused field's keys, then the form's.
    public var bindings: [KeyBinding] {
        let fieldBindings = focusedField?.widget.bindings ?? []
        let movable = focusableIndices.count > 1
        return fieldBindings + [
            keyMap.submit.enabled(mode.canSubmit, reason: tr("form.key.cannotSave")),
            keyMap.next.enabled(movable), keyMap.previous.enabled(movable), keyMap.enter,
        ]
    }

    /// The help line: the errors when there are any, else the focused field's help.
    public var helpText: String {
        let invalid = fields.filter { $0.error != nil }
        if !invalid.isEmpty {
            return tr("form.fixBeforeSaving", invalid.map(\.spec.label).joined(separator: tr("form.list.separator")))
        }
        return focusedField?.spec.help ?? ""
    }

    public func view(width: Int, context: RenderContext) -> FormRendering {
        let glyphs = context.glyphs
        let labelWidth = labelColumnWidth
        let inputWidth = max(width - labelWidth - 1, 10)
        let indent = String(repeating: " ", count: labelWidth)
        var lines: [Line] = []
        var focusedRange: Range<Int>?
        var cursor: FieldView.Cursor?
        for (index, field) in fields.enumerated() {
            let start = lines.count
            let focused = index == focusIndex
            let rendered = field.widget.view(width: inputWidth, context: context)
            var label = Line()
            label.append(focused ? " \(glyphs.pointer) " : "   ", focused ? .focusedField : .normal)
            // The marks are kept whole, so a required field never hides its
            // `*`: when the label and its marks do not fit, the space before
            // them goes first ("Service discovery*"), then the label is cut.
            var marks = field.isRequired ? " *" : ""
            if field.error != nil { marks += " " + glyphs.cross }
            let room = labelWidth - 4
            var title = field.spec.label + marks
            if DisplayWidth.of(title) > room, marks.hasPrefix(" ") {
                marks.removeFirst()
                title = TextFitting.truncate(field.spec.label, to: room - DisplayWidth.of(marks), ellipsis: glyphs.ellipsis) + marks
            }
            label.append(TextFitting.fit(title, to: labelWidth - 4, ellipsis: glyphs.ellipsis),
                         field.error != nil ? .error : (focused ? .focusedField : .label))
            label.append(" ")
            for (row, line) in rendered.lines.enumerated() {
                var full = row == 0 ? label : Line(indent)
                full.pad(to: labelWidth)
                full.append(line)
                lines.append(full)
            }
            if rendered.lines.isEmpty { lines.append(label) }
            if let fieldCursor = rendered.cursor, focused {
                cursor = .init(row: start + fieldCursor.row, column: labelWidth + fieldCursor.column)
            }
            if case .masked(let masked)? = field.current, !isSecretWidget(field.widget), !isReadOnly(field.widget) {
                var line = Line(indent)
                line.append(tr("form.current"), .dim)
                line.append(Sanitizer.sanitize(masked.masked), .secret)
                line.append(tr("form.current.hidden"), .dim)
                lines.append(line)
            }
            if let error = field.error {
                for wrapped in WordWrap.lines("\(glyphs.cross) \(error)", width: inputWidth) {
                    var line = Line(indent)
                    line.append(wrapped, .error)
                    lines.append(line)
                }
            }
            if focused { focusedRange = start..<lines.count }
        }
        return FormRendering(
            lines: lines.map { $0.fitted(to: width, ellipsis: glyphs.ellipsis) },
            focusedLines: focusedRange, cursor: cursor)
    }

    /// The label column in display cells: the standard 22, or wider when
    /// a label (a long translation) would not fit beside its marks.
    var labelColumnWidth: Int {
        let widest = fields.map { field in
            let label = DisplayWidth.of(field.spec.label)
            guard label > Self.labelRoom else { return 0 }
            // "* ✘" or " ✘" after the label, with the pointer column before it.
            return 4 + label + (field.isRequired ? 4 : 2)
        }.max() ?? 0
        return max(Self.labelWidth, widest)
    }

    private func isSecretWidget(_ widget: FormFieldWidget) -> Bool {
        if case .secret = widget { return true }
        return false
    }

    private func isReadOnly(_ widget: FormFieldWidget) -> Bool {
        if case .readOnly = widget { return true }
        return false
    }
}
