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
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
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
