import CNCurses
@testable import CursesTerminal
import TestSupport

/// Seeded random and mutated `get_wch` results: what a broken terminal, a
/// slow SSH link or a hostile paste could hand the assembler.
///
/// Mixes single results (printable and wide characters, controls, Esc, lone
/// surrogates, values beyond Unicode, known and unknown key codes, paste
/// markers, resizes, statuses curses never returns) with whole fragments
/// (CSI and SS3 sequences with huge parameters, mouse reports, paste
/// markers spelt out, pastes with no end), then mutates those.
struct InputFuzzer {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let knownKeyCodes: [Int32] = [
        KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END, KEY_PPAGE, KEY_NPAGE, KEY_BACKSPACE, KEY_DC,
        KEY_BTAB, KEY_ENTER, KEY_A1, KEY_C3, KEY_F0 + 1, KEY_F0 + 12, KEY_F0 + 40, KEY_MOUSE, KEY_MAX,
        KeyDecoder.controlLeftCode, KeyDecoder.controlRightCode,
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    mutating func chance(_ percent: Int) -> Bool {
        int(0...99) < percent
    }

    /// One `get_wch` result.
    mutating func item() -> InputFeed {
        switch int(0...99) {
        case 0..<30: return .character(UInt32(int(0x20...0x7E)))
        case 30..<38: return .character(UInt32(int(0xA0...0xFFFF)))
        case 38..<41: return .character(UInt32(int(0x1_0000...0x10_FFFF)))
        case 41..<44: return .character(UInt32(int(0xD800...0xDFFF)))
        case 44..<47: return .character(UInt32.random(in: 0...UInt32.max, using: &random))
        case 47..<57: return .character(UInt32([int(0...0x1F), 0x7F, int(0x80...0x9F)][int(0...2)]))
        case 57..<65: return .character(27)
        case 65..<75: return .character(UInt32(Array("[O;0123456789~<?ABCDHMm".unicodeScalars)[int(0...22)].value))
        case 75..<82: return .keyCode(Self.knownKeyCodes[int(0...(Self.knownKeyCodes.count - 1))])
        case 82..<85: return .keyCode(Int32.random(in: Int32.min...Int32.max, using: &random))
        case 85..<89: return .pasteStart
        case 89..<93: return .pasteEnd
        case 93..<96: return .resize
        default: return .other(status: Int32.random(in: -3...600, using: &random), value: UInt32(int(0...0x10FFFF)))
        }
    }

    /// A typical piece of terminal input, well formed or not.
    mutating func fragment() -> [InputFeed] {
        switch int(0...9) {
        case 0:
            let parameters = (0..<int(0...4)).map { _ in
                chance(20) ? String(UInt64.random(in: 0...UInt64.max, using: &random)) : String(int(0...300))
            }
            let final = Array("ABCDHJKmM~su@`".unicodeScalars)[int(0...13)]
            return InputFeed.text("\u{1b}[" + parameters.joined(separator: ";") + String(final))
        case 1: return InputFeed.text("\u{1b}O" + String(Array("PQRSABCD".unicodeScalars)[int(0...7)]))
        case 2: return InputFeed.text("\u{1b}[<\(int(0...64));\(int(1...400));\(int(1...200))" + (chance(50) ? "M" : "m"))
        case 3:
            return InputFeed.text("\u{1b}[M") + (0..<3).map { _ in .character(UInt32(int(32...255))) }
        case 4: return InputFeed.text(chance(50) ? "\u{1b}[200~" : "\u{1b}[201~")
        case 5: return [.pasteStart] + (0..<int(0...40)).map { _ in item() }
        case 6: return [.pasteStart] + (0..<int(0...40)).map { _ in item() } + [.pasteEnd]
        case 7: return (0..<int(1...20)).map { _ in .character(UInt32(int(0x20...0x7E))) }
        default: return (0..<int(1...8)).map { _ in item() }
        }
    }

    /// `inputs` with a few random edits: deletions, insertions, swaps,
    /// duplicated runs and a cut-off end.
    mutating func mutate(_ inputs: [InputFeed]) -> [InputFeed] {
        var result = inputs
        for _ in 0..<int(1...4) {
            guard !result.isEmpty else { return [item()] }
            let index = int(0...(result.count - 1))
            switch int(0...4) {
            case 0: result.remove(at: index)
            case 1: result.insert(item(), at: index)
            case 2: result.swapAt(index, int(0...(result.count - 1)))
            case 3: result.insert(contentsOf: result[index..<min(result.count, index + int(1...8))], at: index)
            default: result.removeLast(int(0...min(3, result.count)))
            }
        }
        return result
    }
}
