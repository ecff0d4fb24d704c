/// A key as the app core understands it, decoded by the terminal adapter.
public enum Key: Sendable, Hashable {
    case character(Character)
    case enter
    case tab
    case backTab
    case backspace
    case delete
    case up, down, left, right
    case home, end, pageUp, pageDown
    /// Ctrl+← and Ctrl+→ (word moves), when the terminal reports them.
    case controlLeft, controlRight
    case escape
    /// Ctrl plus a letter, lower-case: `.control("c")` is Ctrl-C.
    case control(Character)
    case function(Int)
}

/// Everything that reaches the app core from the terminal.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    /// A bracketed paste, delivered whole so no pasted character is taken as
    /// a command.
    case paste(String)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
}
