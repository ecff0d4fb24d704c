/// Something in a program's terminal output that a terminal would act on
/// beyond drawing: what a hostile string from the network must never become.
struct PtyFinding: Equatable, CustomStringConvertible {
    enum Kind: String, Equatable {
        /// An operating system command (title, clipboard, colours, hyperlinks).
        case osc
        /// A device control, application program command, privacy message or
        /// start-of-string sequence.
        case controlString
        /// A question to the terminal (status, position, attributes, modes,
        /// window reports) whose answer would arrive as typed input.
        case query
        /// `ESC c`: a full terminal reset.
        case reset
        /// An escape or control sequence this terminal type's description
        /// never produces.
        case unknownSequence
        /// The alternate screen, keypad, bracketed paste or mouse mode
        /// switched in the middle of the session, not while starting or exiting.
        case modeMidSession
        /// A C1 control character (U+0080–U+009F), as UTF-8 or as a raw byte.
        case c1Control
        /// A C0 control other than the ones curses uses to draw.
        case c0Control
        /// NUL.
        case nul
        /// A bidirectional embedding, override or isolate.
        case bidiControl
        /// Bytes that are not UTF-8.
        case invalidUTF8
    }

    var kind: Kind
    /// Byte offset in the output.
    var offset: Int
    /// The bytes found, written readably (`ESC`, `\u{…}`).
    var text: String

    var description: String { "\(kind.rawValue) at byte \(offset): \(text)" }
}
