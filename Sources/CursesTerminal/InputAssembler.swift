import CNCurses
import IntegrationsUI

/// Turns what `get_wch` returns, one result at a time, into the app core's
/// input events: keys, resizes, and bracketed pastes gathered into one event.
///
/// A value type apart from the terminal, so that any input at all (a hostile
/// or broken terminal, a flaky SSH link, random bytes) can be fed to it in a
/// test. What it promises, whatever comes in:
/// - every printable character outside a paste is exactly one key, in order;
/// - a paste arrives with its characters as they were pasted (carriage
///   returns and tabs included; the field that takes it decides what fits),
///   in pieces of at most `pasteChunkLimit` scalars, so memory stays bounded
///   however long it is;
/// - a paste whose end marker never comes is delivered once the input has
///   been quiet for `quietLimitMilliseconds`, so typing is not swallowed
///   forever;
/// - an escape sequence the terminal description does not know is read
///   as the key it commonly encodes when it is one of the editing keys
///   (`ESC[1~` Home in tmux and screen, `ESC O H`, `ESC[F` …; see
///   `KeyDecoder.key(controlSequence:final:)`), and otherwise (a function
///   key with modifiers, a mouse report, a focus event, a paste marker
///   split by a slow link) dropped whole rather than read as Esc followed
///   by typed text, which would leave a form or type garbage into a field;
/// - a resize is never lost, not even in the middle of a paste;
/// - values that are no Unicode scalar (lone surrogates, beyond U+10FFFF)
///   are dropped.
struct InputAssembler {
    /// The most scalars one `.paste` event carries; a longer paste comes as
    /// several events, in order. 64 KB pastes fit in one.
    static let pasteChunkLimit = 1 << 18
    /// How long an open paste or a started escape sequence may wait for the
    /// rest before it is taken as all there is.
    static let quietLimitMilliseconds = 500
    /// The longest escape sequence read as one; anything longer is no key.
    static let sequenceLimit = 64

    private enum Sequence {
        /// Nothing started.
        case none
        /// An Esc arrived; what follows decides whether it is a key.
        case escape
        /// `ESC [` and the parameter and intermediate bytes so far.
        case controlSequence([UInt8])
        /// `ESC O`: one more character ends it.
        case singleShift
    }

    private let terminalSize: () -> (width: Int, height: Int)
    private var sequence = Sequence.none
    private var paste: String.UnicodeScalarView?
    private var pasteCount = 0

    /// - Parameter terminalSize: read when the terminal reports a resize.
    init(terminalSize: @escaping () -> (width: Int, height: Int)) {
        self.terminalSize = terminalSize
    }

    /// Whether a paste is open.
    var isInPaste: Bool { paste != nil }

    /// Scalars of the open paste held so far (never above `pasteChunkLimit`).
    var heldPasteCount: Int { pasteCount }

    /// Whether input is held back waiting for more (an open paste, or an
    /// escape sequence not yet ended): the caller should call `quiet` if
    /// nothing more arrives.
    var isWaitingForMore: Bool {
        if paste != nil { return true }
        switch sequence {
        case .none, .escape: return false
        case .controlSequence, .singleShift: return true
        }
    }

    /// Takes one `get_wch` result: `status` is `OK` for a character,
    /// `KEY_CODE_YES` for a key code; anything else is no input.
    mutating func feed(status: Int32, value: UInt32) -> [InputEvent] {
        var events: [InputEvent] = []
        if status == KEY_CODE_YES {
            feedKeyCode(Int32(bitPattern: value), into: &events)
        } else if status == OK {
            feedCharacter(value, into: &events)
        }
        return events
    }

    /// Everything waiting has been read: an Esc held to see what follows it
    /// is a key after all (the terminal waited its Escape delay already).
    mutating func endOfBurst() -> [InputEvent] {
        guard case .escape = sequence else { return [] }
        sequence = .none
        return paste == nil ? [.key(.escape)] : []
    }

    /// Nothing arrived for `milliseconds`: after `quietLimitMilliseconds`
    /// a started sequence is dropped and an open paste is delivered as it is.
    mutating func quiet(forMilliseconds milliseconds: Int) -> [InputEvent] {
        guard milliseconds >= Self.quietLimitMilliseconds else { return [] }
        var events = endOfBurst()
        sequence = .none
        if paste != nil { events += finishPaste() }
        return events
    }

    // MARK: - Key codes

    private mutating func feedKeyCode(_ code: Int32, into events: inout [InputEvent]) {
        let decoded = KeyDecoder.decode(keyCode: code)
        if case .resize = decoded {
            let size = terminalSize()
            events.append(.resize(width: size.width, height: size.height))
            return
        }
        // A key code ends any sequence of characters: curses read it whole.
        events += endOfBurst()
        sequence = .none
        if paste != nil {
            // Keys decoded from pasted text (an arrow's bytes) are no text.
            if decoded == .pasteEnd { events += finishPaste() }
            return
        }
        switch decoded {
        case .key(let key): events.append(.key(key))
        case .pasteStart: startPaste()
        case .pasteEnd, .ignored, .resize: break
        }
    }

    // MARK: - Characters

    private mutating func feedCharacter(_ value: UInt32, into events: inout [InputEvent]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        if paste != nil {
            appendToPaste(scalar, into: &events)
            return
        }
        switch sequence {
        case .none:
            if value == 27 {
                sequence = .escape
            } else {
                emit(value, into: &events)
            }
        case .escape:
            switch value {
            case 0x5B: sequence = .controlSequence([])  // [
            case 0x4F: sequence = .singleShift  // O
            default:
                // Esc then a key that starts no sequence: both are keys.
                sequence = .none
                events.append(.key(.escape))
                feedCharacter(value, into: &events)
            }
        case .singleShift:
            sequence = .none
            // `ESC O` and a final character: a key curses does not know.
            if (0x40...0x7E).contains(value) {
                if let key = KeyDecoder.key(singleShift: UInt8(value)) { events.append(.key(key)) }
            } else {
                feedCharacter(value, into: &events)
            }
        case .controlSequence(var bytes):
            switch value {
            case 0x20...0x3F:
                bytes.append(UInt8(value))
                sequence = bytes.count < Self.sequenceLimit ? .controlSequence(bytes) : .none
            case 0x40...0x7E:
                sequence = .none
                if value == 0x7E, bytes == Array("200".utf8) {
                    startPaste()
                } else if let key = KeyDecoder.key(controlSequence: bytes, final: UInt8(value)) {
                    events.append(.key(key))
                }
            default:
                // Not a sequence after all: what broke it is input of its own.
                sequence = .none
                feedCharacter(value, into: &events)
            }
        }
    }

    private func emit(_ value: UInt32, into events: inout [InputEvent]) {
        if case .key(let key) = KeyDecoder.decode(character: value) {
            events.append(.key(key))
        }
    }

    // MARK: - Pastes

    private mutating func startPaste() {
        paste = String.UnicodeScalarView()
        pasteCount = 0
    }

    private mutating func appendToPaste(_ scalar: Unicode.Scalar, into events: inout [InputEvent]) {
        paste?.append(scalar)
        pasteCount += 1
        // The end marker spelt out, when it came too slowly for curses to see it whole.
        if scalar == "~", pasteCount >= 6, let text = paste, text.reversed().starts(with: "~102[\u{1b}".unicodeScalars) {
            paste = String.UnicodeScalarView(text.dropLast(6))
            pasteCount -= 6
            events += finishPaste()
            return
        }
        if pasteCount >= Self.pasteChunkLimit, let text = paste {
            events.append(.paste(String(text)))
            paste = String.UnicodeScalarView()
            pasteCount = 0
        }
    }

    private mutating func finishPaste() -> [InputEvent] {
        defer {
            paste = nil
            pasteCount = 0
        }
        guard let text = paste, !text.isEmpty else { return [] }
        return [.paste(String(text))]
    }
}
