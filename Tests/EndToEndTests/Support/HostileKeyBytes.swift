import TestSupport

/// Seeded random and mutated terminal input as raw bytes, for typing into
/// the running program with `tmux send-keys -H`: CSI and SS3 sequences and
/// their fragments, parameters far beyond any screen (`ESC[99999999999;1H`),
/// mouse reports, paste markers without their end, bracketed pastes full of
/// control characters, invalid UTF-8, and Esc at the end of a chunk.
///
/// Every chunk is checked to hold no key that means something on the screen
/// under test (Enter, Tab, Ctrl keys, arrows, F1, `q` and `?` outside a
/// text field): the journey proves the program survives the noise, so the
/// noise must not be a command the operator could have typed.
struct HostileKeyBytes {
    /// Whether an Esc on its own (which goes back, or clears the filter) may be typed.
    var allowsEscapeKey: Bool
    private var random: SplitMix64
    private var previous: [UInt8] = []

    init(seed: UInt64, allowsEscapeKey: Bool) {
        random = SplitMix64(seed: seed)
        self.allowsEscapeKey = allowsEscapeKey
    }

    /// The unit tests' generator, so a seed replays the same bytes.
    private mutating func next() -> UInt64 {
        random.next()
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Printable ASCII that is text on every screen: no `q`, `?` or `/`.
    private mutating func letter() -> UInt8 {
        var byte = UInt8(int(0x20...0x7E))
        while byte == UInt8(ascii: "q") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "/") { byte = UInt8(int(0x21...0x7E)) }
        return byte
    }

    /// One chunk (one `send-keys` call) of hostile input. It is inert on
    /// its own and after the chunk before it, since a sequence cut off at
    /// the end of one chunk is completed by the next when both come within
    /// the terminal's Escape delay.
    mutating func chunk() -> [UInt8] {
        while true {
            var bytes: [UInt8] = []
            for _ in 0..<int(1...4) { bytes += fragment() }
            if int(0...2) == 0 { bytes = mutate(bytes) }
            if allowsEscapeKey, int(0...5) == 0 { bytes.append(0x1B) }
            if Self.isInert(bytes, allowingEscapeKey: allowsEscapeKey),
               Self.isInert(previous + bytes, allowingEscapeKey: allowsEscapeKey) {
                previous = bytes
                return bytes
            }
        }
    }

    private mutating func fragment() -> [UInt8] {
        let esc: [UInt8] = [0x1B]
        switch int(0...9) {
        case 0:
            // CSI with random, sometimes enormous, parameters and a final that is no key.
            let parameters = (0..<int(0...3)).map { _ in int(0...3) == 0 ? String(next() >> UInt64(int(0...40))) : String(int(0...999)) }
            return esc + Array(("[" + parameters.joined(separator: ";") + String(pick(Array("JKmMsu@`ghlnrtSTX")))).utf8)
        case 1: return esc + Array("[99999999999;1H".utf8)
        case 2: return esc + Array("[<\(int(0...64));\(int(1...999));\(int(1...999))\(pick(["M", "m"]))".utf8)
        case 3: return esc + Array("[M".utf8) + (0..<3).map { _ in UInt8(int(0x21...0x7E)) }
        case 4:
            // A CSI cut off: the rest may come in the next chunk, or never.
            return esc + Array(("[" + String(int(0...99999))).utf8)
        case 5: return esc + [UInt8(ascii: "O"), pick(Array("TUVWXYZjlo".utf8))]
        case 6:
            // A bracketed paste full of controls, Esc sequences and line breaks.
            let body = (0..<int(0...40)).flatMap { _ -> [UInt8] in
                switch int(0...4) {
                case 0: return [UInt8(int(0...0x1F))].filter { $0 != 0x1B }
                case 1: return esc + Array("[31m".utf8)
                default: return [letter()]
                }
            }
            return esc + Array("[200~".utf8) + body + (int(0...3) == 0 ? [] : esc + Array("[201~".utf8))
        case 7:
            // Invalid UTF-8: lone continuation bytes, cut-off leads, overlongs, surrogates.
            return pick([[0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
                         [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE], [UInt8(int(0x80...0xFF))]])
        case 8: return Array("ü決😀".utf8)
        default: return (0..<int(1...8)).map { _ in letter() }
        }
    }

    /// A few random edits: a byte dropped, a byte inserted, a run doubled,
    /// the end cut off.
    private mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<int(1...3) where !bytes.isEmpty {
            let index = int(0...(bytes.count - 1))
            switch int(0...3) {
            case 0: bytes.remove(at: index)
            case 1: bytes.insert(pick([0x1B, UInt8(ascii: "["), UInt8(ascii: ";"), UInt8(ascii: "9"), letter(), 0xC3]), at: index)
            case 2: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + int(1...6))], at: index)
            default: bytes.removeLast(int(0...min(4, bytes.count)))
            }
        }
        return bytes
    }

    /// Whether `bytes` holds no command outside its bracketed pastes: no
    /// control byte but Esc, no `q`, `?` or `/`, no Esc sequence the
    /// terminal has a key for, and (unless allowed) no Esc on its own.
    static func isInert(_ bytes: [UInt8], allowingEscapeKey: Bool) -> Bool {
        let pasteStart = Array("\u{1b}[200~".utf8), pasteEnd = Array("\u{1b}[201~".utf8)
        var index = 0
        var inPaste = false
        func matches(_ marker: [UInt8]) -> Bool {
            index + marker.count <= bytes.count && Array(bytes[index..<index + marker.count]) == marker
        }
        while index < bytes.count {
            if inPaste {
                if matches(pasteEnd) { inPaste = false; index += pasteEnd.count } else { index += 1 }
                continue
            }
            if matches(pasteStart) { inPaste = true; index += pasteStart.count; continue }
            let byte = bytes[index]
            if byte == UInt8(ascii: "q") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "/") || byte == 0x7F { return false }
            if byte < 0x20 && byte != 0x1B { return false }
            guard byte == 0x1B else { index += 1; continue }
            // An Esc: what follows must make a sequence no key is bound to.
            guard index + 1 < bytes.count else { return allowingEscapeKey }
            let introducer = bytes[index + 1]
            if introducer == UInt8(ascii: "O") {
                guard index + 2 < bytes.count else { return true }
                if Array("ABCDHFMPQRSEwxyustvrpqn".utf8).contains(bytes[index + 2]) { return false }
                // A final ends the sequence; anything else is input of its own.
                index += (0x40...0x7E).contains(bytes[index + 2]) ? 3 : 2
                continue
            }
            guard introducer == UInt8(ascii: "[") else {
                // Esc and a key that starts no sequence: the Esc key, then that key.
                guard allowingEscapeKey else { return false }
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return true }
            let final = bytes[end]
            let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            if Array("ABCDEFGHPQRSZ".utf8).contains(final) && !(final == UInt8(ascii: "H") && parameters.contains(";")) { return false }
            if final == UInt8(ascii: "~"), parameters != "200", parameters != "201" { return false }
            // What broke off a sequence is input of its own: look at it next.
            index = (0x40...0x7E).contains(final) ? end + 1 : end
        }
        return true
    }
}
