import Foundation
import Testing

/// The ways a terminal session ends while the operator is mid-task.
enum SessionEnding: String, CaseIterable, CustomTestStringConvertible {
    /// Ctrl-C typed at the keyboard.
    case controlC
    /// `kill` (SIGTERM), as a process supervisor or `timeout` sends it.
    case terminate
    /// SIGHUP, as the terminal emulator or a dropped SSH session sends it.
    case hangUp
    /// SIGQUIT, as Ctrl-\ would send it in a cooked terminal.
    case quit
    /// A crash: SIGSEGV, as a bad memory access raises it.
    case segmentationFault
    /// A crash: SIGABRT, as `abort()` and failed C assertions raise it.
    case abort
    /// A crash: SIGILL, what a Swift runtime trap (`fatalError`, an index
    /// out of range, an overflow) raises on x86_64 (`ud2`).
    case illegalInstruction
    /// A crash: SIGTRAP, what a Swift runtime trap raises on arm64 (`brk`).
    case trap

    var testDescription: String {
        switch self {
        case .controlC: "Ctrl-C"
        case .terminate: "SIGTERM"
        case .hangUp: "SIGHUP"
        case .quit: "SIGQUIT"
        case .segmentationFault: "SIGSEGV"
        case .abort: "SIGABRT"
        case .illegalInstruction: "SIGILL"
        case .trap: "SIGTRAP"
        }
    }

    /// The signal sent with `kill`; nil for a key.
    var signalNumber: Int32? {
        switch self {
        case .controlC: nil
        case .terminate: SIGTERM
        case .hangUp: SIGHUP
        case .quit: SIGQUIT
        case .segmentationFault: SIGSEGV
        case .abort: SIGABRT
        case .illegalInstruction: SIGILL
        case .trap: SIGTRAP
        }
    }

    /// The exit status a shell sees: 128 + the signal (handled, or died
    /// of it), or 0 for Ctrl-C, which is an ordinary quit.
    var expectedExitStatus: Int32? {
        signalNumber.map { 128 + $0 } ?? 0
    }

    /// Ends the program running under the pane's shell.
    func end(_ terminal: TmuxSession) async throws {
        guard let signalNumber else {
            try terminal.press("C-c")
            return
        }
        let shell = try #require(try terminal.panePID())
        let program = try await ProcessTree.waitForChild(of: shell)
        #expect(kill(program, signalNumber) == 0)
    }
}
