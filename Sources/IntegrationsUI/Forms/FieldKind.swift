/// What kind of input a field takes; each kind is one widget.
public enum FieldKind: Sendable, Hashable {
    case text
    /// Masked as typed; sent as a `SettingValue.secret`.
    case secret
    case choice([ChoiceOption])
    case toggle
    case multiline
}
