import Foundation

extension TmuxSession {
    /// The whole pane history with wrapped lines joined back into the
    /// lines the program wrote (for messages longer than the window).
    func joinedHistory() throws -> String {
        try Self.tmux(socketName, ["capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", target])
    }
}
