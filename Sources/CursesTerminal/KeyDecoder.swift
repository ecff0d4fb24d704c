import CNCurses
import IntegrationsUI

/// Turns what `get_wch` returns into the app core's keys.
///
/// A pure mapping, apart from the key codes it borrows from ncurses, so the
/// table can be tested without a terminal.
struct KeyDecoder {
    /// Codes given to the bracketed-paste markers with `define_key`.
    static let pasteStartCode: Int32 = KEY_MAX + 1
    static let pasteEndCode: Int32 = KEY_MAX + 2
    /// Ctrl+← and Ctrl+→ as xterm-like terminals send them (kLFT5/kRIT5).
    static let controlLeftCode: Int32 = KEY_MAX + 3
    static let controlRightCode: Int32 = KEY_MAX + 4

    /// Sequences given their own codes with `define_key` at start.
    static let definedSequences: [(sequence: String, code: Int32)] = [
        ("\u{1b}[200~", pasteStartCode), ("\u{1b}[201~", pasteEndCode),
        ("\u{1b}[1;5D", controlLeftCode), ("\u{1b}[1;5C", controlRightCode),
    ]

    enum Decoded: Equatable {
        case key(Key)
        case resize
        case pasteStart
        case pasteEnd
        case ignored
    }

    /// A function key or special code (`get_wch` returned `KEY_CODE_YES`).
    static func decode(keyCode code: Int32) -> Decoded {
        switch code {
        case pasteStartCode: return .pasteStart
        case pasteEndCode: return .pasteEnd
        case controlLeftCode: return .key(.controlLeft)
        case controlRightCode: return .key(.controlRight)
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        // Find and Select are where the VT220 keypad has Home and End
        // (`ESC[1~`, `ESC[4~`): terminfo entries that name them so mean those keys.
        case KEY_HOME, KEY_A1, KEY_FIND: return .key(.home)
        case KEY_END, KEY_C1, KEY_SELECT: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        default:
            for number in 1...12 where code == cn_key_f(Int32(number)) {
                return .key(.function(number))
            }
            return .ignored
        }
    }

    /// A key from an escape sequence curses did not know: the terminal's
    /// description (`TERM`) named other bytes than the terminal sends, as
    /// in tmux or screen with `TERM=xterm-256color`. These are the common
    /// encodings of the editing keys whatever `TERM` says: xterm's normal
    /// and application cursor keys (`ESC[A`, `ESC O A`, `ESC[H`, `ESC O H`,
    /// `ESC[F`, `ESC O F`), the VT220 editing keypad (`ESC[1~` … `ESC[6~`),
    /// rxvt's Home and End (`ESC[7~`, `ESC[8~`), and the function keys.
    /// `parameters` are the bytes between `ESC[` and `final`.
    static func key(controlSequence parameters: [UInt8], final: UInt8) -> Key? {
        let text = String(decoding: parameters, as: UTF8.self)
        if final == UInt8(ascii: "~") {
            switch text {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            case "5": return .pageUp
            case "6": return .pageDown
            default:
                guard let number = Int(text), let function = tildeFunctionKeys[number] else { return nil }
                return .function(function)
            }
        }
        // Ctrl+← and Ctrl+→ as xterm sends them; other modifiers are no key here.
        if text == "1;5" {
            switch final {
            case UInt8(ascii: "C"): return .controlRight
            case UInt8(ascii: "D"): return .controlLeft
            default: return nil
            }
        }
        guard text.isEmpty || text == "1" else { return nil }
        return cursorKeys[final]
    }

    /// A key from `ESC O` and `final` (SS3) that curses did not know.
    static func key(singleShift final: UInt8) -> Key? {
        if let key = cursorKeys[final] { return key }
        switch final {
        case UInt8(ascii: "P"): return .function(1)
        case UInt8(ascii: "Q"): return .function(2)
        case UInt8(ascii: "R"): return .function(3)
        case UInt8(ascii: "S"): return .function(4)
        case UInt8(ascii: "M"): return .enter  // the keypad's Enter in application mode
        default: return nil
        }
    }

    /// Final bytes shared by `ESC[` and `ESC O` cursor keys.
    private static let cursorKeys: [UInt8: Key] = [
        UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right, UInt8(ascii: "D"): .left,
        UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
    ]

    /// `ESC[n~` function keys (xterm, VT220): F1 to F12.
    private static let tildeFunctionKeys: [Int: Int] = [
        11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12,
    ]

    /// A character (`get_wch` returned `OK`).
    static func decode(character value: UInt32) -> Decoded {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(value) + 96))
            return .key(.control(letter))
        case 0, 28...31: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
