import Foundation
import Testing

/// The ways a terminal session ends while the operator is mid-form.
enum SessionEnding: String, CaseIterable, CustomTestStringConvertible {
    /// Ctrl-C typed at the keyboard.
    case controlC
    /// `kill` (SIGTERM), as a process supervisor or `timeout` sends it.
    case terminate
    /// SIGHUP, as the terminal emulator or a dropped SSH session sends it.
    case hangUp

    var testDescription: String {
        switch self {
        case .controlC: "Ctrl-C"
        case .terminate: "SIGTERM"
        case .hangUp: "SIGHUP"
        }
    }

    /// The exit status a shell sees; nil where any clean status will do.
    var expectedExitStatus: Int32? {
        switch self {
        case .controlC: nil
        case .terminate: 128 + SIGTERM
        case .hangUp: 128 + SIGHUP
        }
    }

    /// Ends the program running under the pane's shell.
    func end(_ terminal: TmuxSession) async throws {
        switch self {
        case .controlC:
            try terminal.press("C-c")
        case .terminate, .hangUp:
            let shell = try #require(try terminal.panePID())
            let program = try await ProcessTree.waitForChild(of: shell)
            #expect(kill(program, self == .terminate ? SIGTERM : SIGHUP) == 0)
        }
    }
}
