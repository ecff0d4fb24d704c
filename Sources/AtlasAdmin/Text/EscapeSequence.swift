/// Where a terminal control sequence ends, by the grammar of ECMA-48 (and
/// ECMA-35 for the two-character escapes): the one rule by which text from
/// the network loses its escape sequences, for messages and for the screen.
///
/// - CSI (`ESC [` or U+009B): parameter bytes 0x30–0x3F and intermediate
///   bytes 0x20–0x2F, ended by one final byte 0x40–0x7E;
/// - OSC (`ESC ]` or U+009D): a string ended by ST (`ESC \` or U+009C)
///   or, as xterm and its kin accept, BEL;
/// - DCS, SOS, PM and APC (`ESC P`, `ESC X`, `ESC ^`, `ESC _` or U+0090,
///   U+0098, U+009E, U+009F): a string ended by ST only;
/// - `ESC` with intermediates 0x20–0x2F (`ESC ( B`), ended by a final byte
///   0x30–0x7E, and `ESC` with one byte 0x30–0x7E (`ESC 7`, `ESC c`).
///
/// A string left open runs to the end of the text, as a terminal would
/// swallow it; inside one, an `ESC` not followed by `\` ends it and starts
/// the next sequence, and CAN or SUB cancels it. A byte outside a sequence's
/// grammar ends the sequence before it, so the byte stays for the caller's
/// own rules (a lone `ESC` is a sequence of one character). Other C1
/// controls are single characters, left to the caller too.
public enum EscapeSequence {
    /// Whether a sequence starts with `scalar`: ESC, or an 8-bit introducer
    /// (CSI, OSC, DCS, SOS, PM, APC).
    public static func isIntroducer(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1B, 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F: true
        default: false
        }
    }

    /// The index just past the sequence that starts at `start`, or nil when
    /// `scalars[start]` starts none.
    public static func end(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count, isIntroducer(scalars[start]) else { return nil }
        var index = start + 1
        var kind = scalars[start].value
        if kind == 0x1B {
            guard index < scalars.count else { return index }
            let next = scalars[index].value
            switch next {
            case 0x5B: kind = 0x9B
            case 0x5D: kind = 0x9D
            case 0x50: kind = 0x90
            case 0x58: kind = 0x98
            case 0x5E: kind = 0x9E
            case 0x5F: kind = 0x9F
            case 0x20...0x2F:
                index += 1
                while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
                if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
                return index
            case 0x30...0x7E:
                return index + 1
            default:
                return index
            }
            index += 1
        }
        if kind == 0x9B {
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
            return index
        }
        while index < scalars.count {
            switch scalars[index].value {
            case 0x9C: return index + 1
            case 0x07 where kind == 0x9D: return index + 1
            case 0x1B:
                return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index
            case 0x18, 0x1A: return index
            default: index += 1
            }
        }
        return index
    }
}
