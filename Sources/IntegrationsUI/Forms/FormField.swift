import AtlasAdmin

/// One field of a live form: its spec, its widget, what Atlas holds now
/// (when editing) and the error to show under it.
public struct FormField: Sendable, Equatable {
    public let spec: CatalogField
    public var widget: FormFieldWidget
    /// Atlas's value when editing (masked for secrets), for "current: …".
    public var current: IntegrationFieldValue?
    public var error: String?
    /// Whether an empty value is refused on submit.
    public var isRequired: Bool

    public var key: String { spec.key }
    public var text: String { widget.text }

    /// Whether Atlas holds a value that it only shows masked.
    public var hasMaskedCurrent: Bool {
        if case .masked? = current { return true }
        return false
    }

    /// What Atlas returned for the field, as text, when it masked it.
    var maskedCurrent: String? {
        if case .masked(let masked)? = current { return masked.masked }
        return nil
    }

    /// Checks `required`, the masked-copy guard and the field's validators.
    public func validationMessage() -> String? {
        if case .readOnly = widget { return nil }
        let value = text
        if isRequired, let message = Validator.required.message(for: value) {
            if hasMaskedCurrent || spec.readBack == .writeOnly {
                return tr("form.required.typeAgain")
            }
            return message
        }
        return spec.problem(with: value, current: maskedCurrent)
    }
}
