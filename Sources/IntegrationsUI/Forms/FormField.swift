import AtlasAdmin

/// One field of a live form: its spec, its widget, what Atlas holds now
/// (when editing) and the error to show under it.
public struct FormField: Sendable, Equatable {
    public let spec: FieldSpec
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

    /// Runs the spec's validators (and `required`) on the value.
    public func validationMessage() -> String? {
        guard case .readOnly = widget else {
            let value = text
            if isRequired, let message = Validator.required.message(for: value) {
                if hasMaskedCurrent { return "Required: Atlas never returns this value, so type it again." }
                return message
            }
            for validator in spec.validators {
                if let message = validator.message(for: value) { return message }
            }
            return nil
        }
        return nil
    }
}
