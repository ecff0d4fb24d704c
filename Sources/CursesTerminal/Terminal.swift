import CNCurses
import Dispatch
import IntegrationsUI
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ncurses terminal: the only code in the product that talks to curses.
///
/// It starts curses (alternate screen, no echo, raw keys, keypad, a 25 ms
/// Escape delay, bracketed paste), draws `Frame`s, turns key presses and
/// signals into `InputEvent`s, and restores the terminal on every way out.
public final class Terminal {
    /// What the adapter found out about the terminal at start.
    public struct Capabilities: Sendable {
        public var hasColor: Bool
        public var isUTF8: Bool
        public var width: Int
        public var height: Int
    }

    /// Why the loop woke up besides keys.
    public enum Interrupt: Sendable, Equatable {
        case signal(Int32)
    }

    public let waker = TerminalWaker()
    public private(set) var capabilities: Capabilities
    private var styles: (StyleRole) -> CursesStyle
    private var palette: CursesPalette
    private var signalSources: [DispatchSourceSignal] = []
    let pendingSignals = SignalBox()
    /// SIGWINCH arrived since the loop last looked (the count is not kept).
    let pendingResize = SignalBox()
    private var input = InputAssembler { (Int(cn_cols()), Int(cn_lines())) }
    /// When the last key arrived while the assembler waited for more.
    private var lastInputAt = DispatchTime.now()

    /// Starts curses. `styleFor` maps a role to its look; it is asked again
    /// for each role when `setStyles` is called.
    public init(monochrome: Bool, styleFor: @escaping (StyleRole, Bool) -> CursesStyle) {
        CharacterLocale.adopt()
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        TerminalRestorer.installFatalSignalHandlers()
        set_escdelay(25)
        initscr()
        TerminalRestorer.active = true
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        intrflush(cn_stdscr(), false)
        curs_set(0)
        let hasColor = !monochrome && has_colors()
        if hasColor {
            start_color()
            use_default_colors()
        }
        for (sequence, code) in KeyDecoder.definedSequences {
            define_key(sequence, code)
        }
        TerminalRestorer.writeRaw("\u{1b}[?2004h")
        capabilities = Capabilities(
            hasColor: hasColor,
            isUTF8: codeset.uppercased().filter { $0 != "-" } == "UTF8",
            width: Int(cn_cols()), height: Int(cn_lines()))
        let color = hasColor
        styles = { styleFor($0, color) }
        palette = CursesPalette(hasColor: hasColor)
        installSignalSources()
    }

    deinit {
        stop()
    }

    /// Restores the terminal; safe to call more than once. The session
    /// signals get their default action back, so a second Ctrl-C or kill
    /// during the exit wait for writes ends the program at once.
    public func stop() {
        for source in signalSources { source.cancel() }
        if !signalSources.isEmpty {
            for signalNumber in Self.sessionSignals + [SIGWINCH] { signal(signalNumber, SIG_DFL) }
        }
        signalSources = []
        TerminalRestorer.restoreNow()
    }

    /// The signals that end a session through the loop (not in C context).
    static let sessionSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Draws a frame; ncurses sends only what changed since the last one.
    public func draw(_ frame: Frame) {
        for (rowIndex, row) in frame.rows.enumerated() where rowIndex < Int(cn_lines()) {
            move(Int32(rowIndex), 0)
            var column = 0
            for span in row {
                let style = styles(span.role)
                let pair = palette.pair(for: style)
                attr_set(style.attributes, pair, nil)
                var wide = span.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
                addwstr(&wide)
                column += 1
            }
            _ = column
            clrtoeol()
        }
        attr_set(cn_a_normal(), 0, nil)
        if let cursor = frame.cursor {
            move(Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(cn_stdscr())
        doupdate()
    }

    /// Waits for input, a wake-up or a signal, up to `timeoutMilliseconds`
    /// (-1: no limit), and returns what arrived.
    public func nextEvents(timeoutMilliseconds: Int32) -> (events: [InputEvent], signals: [Int32]) {
        var timeout = timeoutMilliseconds
        if input.isWaitingForMore {
            // Wake up in time to end a paste or sequence whose rest never comes.
            let limit = Int32(InputAssembler.quietLimitMilliseconds)
            timeout = timeout < 0 ? limit : min(timeout, limit)
        }
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: waker.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        _ = poll(&fds, 2, timeout)
        if fds[1].revents != 0 { waker.drain() }
        if !pendingResize.take().isEmpty { takeNewSize() }
        var events: [InputEvent] = []
        var readAny = false
        nodelay(cn_stdscr(), true)
        while true {
            var value: wint_t = 0
            let status = get_wch(&value)
            if status == ERR { break }
            readAny = true
            // wint_t is unsigned on Linux, signed on Darwin.
            events += input.feed(status: status, value: UInt32(truncatingIfNeeded: value))
        }
        events += input.endOfBurst()
        let now = DispatchTime.now()
        if readAny {
            lastInputAt = now
        } else if input.isWaitingForMore {
            let quiet = (now.uptimeNanoseconds - lastInputAt.uptimeNanoseconds) / 1_000_000
            events += input.quiet(forMilliseconds: Int(clamping: quiet))
        }
        for case .resize(let width, let height) in events {
            capabilities.width = width
            capabilities.height = height
        }
        return (events, pendingSignals.take())
    }

    /// Leaves curses and runs `arguments` (an absolute path first) as the
    /// program the operator works in (their `$EDITOR`), then comes back
    /// and redraws everything.
    ///
    /// While it runs, the session's signals are handled as `system()`
    /// would: SIGINT and SIGQUIT (Ctrl-C or Ctrl-\ typed in a line-mode
    /// editor reach both processes) are the child's and are dropped here.
    /// SIGTERM and SIGHUP end the session at once: the child gets the same
    /// signal and `grace` to exit before it is killed, and curses stays
    /// suspended for `stop()`.
    public func runInForeground(_ arguments: [String], grace: Duration = .seconds(2)) -> ForegroundOutcome {
        def_prog_mode()
        TerminalRestorer.writeRaw("\u{1b}[?2004l")
        endwin()
        let box = pendingSignals
        let outcome = ForegroundChild.run(arguments, grace: grace) {
            box.take().first { $0 == SIGTERM || $0 == SIGHUP }
        }
        // Curses still believes the cursor is as it left it; the child may
        // have hidden it. Hiding it here makes the next `curs_set(1)` (a
        // focused field, or the restore at exit) really send "show".
        curs_set(0)
        if case .sessionEnded = outcome { return outcome }
        reset_prog_mode()
        TerminalRestorer.writeRaw("\u{1b}[?2004h")
        clearok(cn_stdscr(), true)
        refresh()
        return outcome
    }

    /// Tells curses the window's new size. `resizeterm` queues KEY_RESIZE,
    /// which the read below turns into a `.resize` event.
    private func takeNewSize() {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return }
        resizeterm(Int32(size.ws_row), Int32(size.ws_col))
    }

    /// Signals come as events, from dispatch sources, never in C context:
    /// the session's signals end it through the loop, and SIGWINCH (taken
    /// from curses' own handler) wakes the loop to read the new size on
    /// whichever thread the loop runs.
    private func installSignalSources() {
        signal(SIGWINCH, SIG_IGN)
        let resize = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global())
        let resizes = pendingResize
        let resizeWaker = waker
        resize.setEventHandler {
            resizes.add(SIGWINCH)
            resizeWaker.wake()
        }
        resize.resume()
        signalSources.append(resize)
        for signalNumber in Self.sessionSignals {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            let box = pendingSignals
            let waker = self.waker
            // Signals arriving close together are merged into one event;
            // its count keeps a second interrupt from being lost.
            source.setEventHandler {
                for _ in 0..<max(1, source.data) { box.add(signalNumber) }
                waker.wake()
            }
            source.resume()
            signalSources.append(source)
        }
    }
}

/// Signals received since the loop last looked.
final class SignalBox: Sendable {
    private let signals = Mutex<[Int32]>([])

    func add(_ signalNumber: Int32) {
        signals.withLock { $0.append(signalNumber) }
    }

    func take() -> [Int32] {
        signals.withLock { signals in
            defer { signals = [] }
            return signals
        }
    }
}
