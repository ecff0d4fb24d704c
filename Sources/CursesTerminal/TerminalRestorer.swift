import CNCurses
import Glibc

/// Puts the terminal back the way the operator had it, from every way out.
///
/// Normal exit, SIGINT/SIGTERM/SIGHUP/SIGQUIT (handled as events by the
/// loop) and fatal signals (handled here, in C context) all end in
/// `restoreNow()`, which is idempotent.
enum TerminalRestorer {
    nonisolated(unsafe) static var active = false

    /// Leaves curses mode: bracketed paste off, cursor visible, normal screen,
    /// the saved terminal modes back.
    static func restoreNow() {
        guard active else { return }
        active = false
        writeRaw("\u{1b}[?2004l")
        curs_set(1)
        endwin()
    }

    static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// Fatal signals restore the terminal, then die as they would have.
    static func installFatalSignalHandlers() {
        for signalNumber in [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP] {
            signal(signalNumber, fatalSignalHandler)
        }
    }
}

private func fatalSignalHandler(_ signalNumber: Int32) {
    TerminalRestorer.restoreNow()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
