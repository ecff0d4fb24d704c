/// What a form did with an event, for its screen to act on.
public enum FormOutcome: Sendable, Equatable {
    case ignored
    case handled
    case changed
    case submit
    /// Open `$EDITOR` on a multi-line field's text.
    case openEditor(field: String, text: String)
}
