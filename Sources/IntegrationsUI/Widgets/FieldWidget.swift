/// The one shape every form field has (text, secret, choice, toggle,
/// multi-line): the form drives them all the same way.
public protocol FieldWidget: Sendable, Equatable {
    var isFocused: Bool { get }
    mutating func focus()
    /// Leaving the field: a secret hides itself again.
    mutating func blur()
    mutating func update(_ event: InputEvent) -> WidgetOutcome
    /// The input part of the field (not its label), `width` columns wide.
    func view(width: Int, context: RenderContext) -> FieldView
    /// The keys the field answers to now, for the footer and help.
    var bindings: [KeyBinding] { get }
    /// Whether printable characters are text here, so `q` and `?` are letters.
    var capturesText: Bool { get }
}
