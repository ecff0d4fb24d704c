import CNCurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back the way the operator had it, from every way out.
///
/// Normal exit, SIGINT/SIGTERM/SIGHUP/SIGQUIT (handled as events by the
/// loop) and fatal signals (handled here, in C context) all end in
/// `restoreNow()`, which is idempotent.
enum TerminalRestorer {
    nonisolated(unsafe) static var active = false
    /// The program running on the suspended terminal (the operator's
    /// editor), 0 when none: a crash ends it too rather than leaving it
    /// orphaned on a terminal the shell takes back.
    nonisolated(unsafe) static var foregroundChild: pid_t = 0

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

    /// A fatal signal sent from outside may land on any thread while the
    /// loop's thread is mid-frame; that frame's `curs_set(0)` would then
    /// reach the terminal after the restore and leave the shell with no
    /// cursor. So once restored, standard output points at /dev/null
    /// (only async-signal-safe calls: `dup`, `open`, `dup2`, `write`) and
    /// the final modes are said once more on the real terminal, after
    /// anything such a frame got out before the switch.
    static func silenceOtherWriters() {
        let terminal = dup(STDOUT_FILENO)
        let sink = open("/dev/null", O_WRONLY)
        guard terminal >= 0, sink >= 0 else { return }
        _ = dup2(sink, STDOUT_FILENO)
        var bytes = Array("\u{1b}[?2004l\u{1b}[?1l\u{1b}>\u{1b}[?25h".utf8)
        _ = write(terminal, &bytes, bytes.count)
    }

    /// Fatal signals restore the terminal, then die as they would have.
    static func installFatalSignalHandlers() {
        for signalNumber in [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP] {
            signal(signalNumber, fatalSignalHandler)
        }
    }
}

private func fatalSignalHandler(_ signalNumber: Int32) {
    let child = TerminalRestorer.foregroundChild
    if child > 0 {
        TerminalRestorer.foregroundChild = 0
        // It may have the terminal in its own modes: it goes first, then
        // the terminal is restored over whatever it left.
        ForegroundChild.end(child, with: SIGTERM, grace: .seconds(1))
        curs_set(0)
    }
    let wasActive = TerminalRestorer.active
    TerminalRestorer.restoreNow()
    if wasActive { TerminalRestorer.silenceOtherWriters() }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
