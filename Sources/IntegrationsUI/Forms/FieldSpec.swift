/// One field of an integration form, as data: the JSON key Atlas uses, what
/// the operator sees, the widget kind and the checks before submit.
public struct FieldSpec: Sendable, Hashable {
    /// The JSON key in the request and response body.
    public var key: String
    public var label: String
    public var kind: FieldKind
    public var isRequired: Bool
    public var validators: [Validator]
    /// One line shown while the field has focus.
    public var help: String
    /// For a new integration: the choice value, or "true"/"false" for a toggle.
    public var defaultValue: String?
    /// False: shown but never sent (Slack's token, New Relic's keys).
    public var isEditable: Bool
    public var maxLength: Int
    public var placeholder: String

    public init(
        _ key: String, _ label: String, _ kind: FieldKind, required: Bool = false,
        validators: [Validator] = [], help: String, default defaultValue: String? = nil,
        editable: Bool = true, maxLength: Int = 4_096, placeholder: String = ""
    ) {
        self.key = key
        self.label = label
        self.kind = kind
        self.isRequired = required
        self.validators = validators
        self.help = help
        self.defaultValue = defaultValue
        self.isEditable = editable
        self.maxLength = maxLength
        self.placeholder = placeholder
    }
}
