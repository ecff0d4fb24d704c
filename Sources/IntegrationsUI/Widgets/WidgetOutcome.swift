/// What a widget did with an event, for its container to act on.
///
/// Widgets never touch their neighbours: they say "next", and the form moves
/// focus; they say "open the editor", and the app asks the terminal adapter.
public enum WidgetOutcome: Sendable, Hashable {
    /// The event is not for this widget: the container may use it.
    case ignored
    /// Consumed; the value did not change (a cursor move, a reveal).
    case handled
    /// Consumed, and the value changed (clears the field's error).
    case changed
    case next
    case previous
    case submit
    /// Open `$EDITOR` on this text; the result replaces the field's value.
    case openEditor(String)
}
