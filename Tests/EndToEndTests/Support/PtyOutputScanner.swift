/// Reads a program's raw terminal output byte by byte, as a terminal would,
/// and reports everything in it that is more than drawing.
///
/// Curses, driven by the `tmux-256color` description the journeys' panes
/// use, writes only a small set of sequences: SGR attributes, cursor moves
/// and erases, scroll regions, charset switches (`ESC ( B`, SO/SI), `ESC 7`
/// and `ESC 8`, `ESC M`, the keypad modes, and, while starting and exiting,
/// the alternate screen, keypad and bracketed-paste modes. Anything else
/// (an OSC title or clipboard write, a DCS, a status query, a reset, a C1
/// control, NUL, a bidi override, bytes that are not UTF-8) can only have
/// come from text that reached the terminal undrawn, so it is a finding.
enum PtyOutputScanner {
    struct Report {
        var findings: [PtyFinding] = []
        /// How many escape sequences were read (allowed ones included).
        var sequenceCount = 0
        var byteCount = 0
    }

    /// CSI final bytes of the drawing capabilities in `tmux-256color`
    /// (cup, cuu/cud/cuf/cub, hpa, vpa, ed, el, il, dl, dch, ich, indn, rin,
    /// cbt, csr, tbc, SGR).
    static let drawingFinals = Set("ABCDGHJKLMPSTZ@dgmr".utf8)
    /// Modes curses may switch at any moment: cursor visibility (civis,
    /// cnorm, cvvis) and insert mode (smir, rmir).
    static let anytimeModes: Set<String> = ["?25", "?12", "4", "34"]
    /// Modes that belong to starting and exiting: the alternate screen,
    /// application cursor keys, bracketed paste, mouse reporting.
    static let lifecycleModes: Set<String> = ["?1049", "?1", "?2004", "?1000", "?1002", "?1006", "?47", "?1047"]
    /// C0 controls curses draws with: BEL, BS, HT, LF, CR, SO, SI.
    static let drawingControls: Set<UInt8> = [0x07, 0x08, 0x09, 0x0A, 0x0D, 0x0E, 0x0F]

    private enum Token {
        case printable(Int)
        case lifecycle(offset: Int, text: String, isAlternateScreenExit: Bool)
    }

    static func scan(_ bytes: [UInt8]) -> Report {
        var report = Report(byteCount: bytes.count)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                report.sequenceCount += 1
                index = escape(bytes, at: index, &report, &tokens)
            } else if byte < 0x20 || byte == 0x7F {
                if byte == 0 {
                    report.findings.append(PtyFinding(kind: .nul, offset: index, text: "NUL"))
                } else if !drawingControls.contains(byte) {
                    report.findings.append(PtyFinding(kind: .c0Control, offset: index, text: readable(bytes[index...index])))
                }
                index += 1
            } else if byte < 0x80 {
                tokens.append(.printable(index))
                index += 1
            } else {
                index = scalar(bytes, at: index, &report, &tokens)
            }
        }
        report.findings += misplacedLifecycleModes(tokens)
        return report.sortedFindings()
    }

    /// How often `needle` occurs in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        var count = 0
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
                count += 1
            }
            index += 1
        }
        return count
    }

    // MARK: - Escape sequences

    /// Reads the sequence starting with ESC at `start`; returns where the next token starts.
    private static func escape(_ bytes: [UInt8], at start: Int, _ report: inout Report, _ tokens: inout [Token]) -> Int {
        guard start + 1 < bytes.count else {
            report.findings.append(PtyFinding(kind: .unknownSequence, offset: start, text: "ESC at the end"))
            return start + 1
        }
        let next = bytes[start + 1]
        switch next {
        case UInt8(ascii: "["):
            return controlSequence(bytes, at: start, &report, &tokens)
        case UInt8(ascii: "]"):
            let end = stringEnd(bytes, from: start + 2)
            report.findings.append(PtyFinding(kind: .osc, offset: start, text: readable(bytes[start..<end])))
            return end
        case UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"):
            let end = stringEnd(bytes, from: start + 2)
            report.findings.append(PtyFinding(kind: .controlString, offset: start, text: readable(bytes[start..<end])))
            return end
        case UInt8(ascii: "c"):
            report.findings.append(PtyFinding(kind: .reset, offset: start, text: "ESC c"))
            return start + 2
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            guard start + 2 < bytes.count, (0x30...0x7E).contains(bytes[start + 2]) else {
                report.findings.append(PtyFinding(kind: .unknownSequence, offset: start, text: readable(bytes[start..<min(start + 3, bytes.count)])))
                return start + 2
            }
            return start + 3
        case UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M"), UInt8(ascii: "="), UInt8(ascii: ">"):
            return start + 2
        default:
            report.findings.append(PtyFinding(kind: .unknownSequence, offset: start, text: readable(bytes[start...start + 1])))
            return start + 2
        }
    }

    /// Reads `ESC [ params intermediates final` and judges it.
    private static func controlSequence(_ bytes: [UInt8], at start: Int, _ report: inout Report, _ tokens: inout [Token]) -> Int {
        var index = start + 2
        var parameters: [UInt8] = []
        var intermediates: [UInt8] = []
        while index < bytes.count, (0x30...0x3F).contains(bytes[index]) {
            parameters.append(bytes[index])
            index += 1
        }
        while index < bytes.count, (0x20...0x2F).contains(bytes[index]) {
            intermediates.append(bytes[index])
            index += 1
        }
        guard index < bytes.count, (0x40...0x7E).contains(bytes[index]) else {
            report.findings.append(PtyFinding(kind: .unknownSequence, offset: start, text: readable(bytes[start..<index])))
            return index
        }
        let final = bytes[index]
        let end = index + 1
        let text = readable(bytes[start..<end])
        let parameterText = String(decoding: parameters, as: UTF8.self)
        let isPrivate = parameters.first.map { (0x3C...0x3F).contains($0) } ?? false
        switch final {
        case UInt8(ascii: "n"), UInt8(ascii: "c"), UInt8(ascii: "t"), UInt8(ascii: "x"):
            // Device status and cursor position reports, device attributes,
            // window reports, terminal parameters.
            report.findings.append(PtyFinding(kind: .query, offset: start, text: text))
        case UInt8(ascii: "p") where intermediates == [UInt8(ascii: "$")]:
            report.findings.append(PtyFinding(kind: .query, offset: start, text: text))
        case UInt8(ascii: "h"), UInt8(ascii: "l"):
            let modes = parameterText.hasPrefix("?")
                ? parameterText.dropFirst().split(separator: ";").map { "?" + $0 }
                : parameterText.split(separator: ";").map(String.init)
            if !intermediates.isEmpty || modes.isEmpty || !modes.allSatisfy({ anytimeModes.contains($0) || lifecycleModes.contains($0) }) {
                report.findings.append(PtyFinding(kind: .unknownSequence, offset: start, text: text))
            } else if modes.contains(where: { lifecycleModes.contains($0) }) {
                tokens.append(.lifecycle(offset: start, text: text,
                                         isAlternateScreenExit: modes.contains("?1049") && final == UInt8(ascii: "l")))
            }
        case UInt8(ascii: "m") where intermediates.isEmpty && !isPrivate:
            break
        default:
            if !intermediates.isEmpty || isPrivate || !drawingFinals.contains(final) {
                report.findings.append(PtyFinding(kind: .unknownSequence, offset: start, text: text))
            }
        }
        return end
    }

    /// Where a control string (OSC, DCS …) that starts at `from` ends: after
    /// BEL, `ESC \` or an 8-bit ST, or at the end of the output.
    private static func stringEnd(_ bytes: [UInt8], from: Int) -> Int {
        var index = from
        while index < bytes.count {
            if bytes[index] == 0x07 || bytes[index] == 0x9C { return index + 1 }
            if bytes[index] == 0x1B && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\\") { return index + 2 }
            index += 1
        }
        return bytes.count
    }

    // MARK: - Characters

    /// Decodes one UTF-8 character starting at `start`.
    private static func scalar(_ bytes: [UInt8], at start: Int, _ report: inout Report, _ tokens: inout [Token]) -> Int {
        let lead = bytes[start]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default:
            let kind: PtyFinding.Kind = (0x80...0x9F).contains(lead) ? .c1Control : .invalidUTF8
            report.findings.append(PtyFinding(kind: kind, offset: start, text: readable(bytes[start...start])))
            return start + 1
        }
        guard start + length <= bytes.count,
              bytes[start + 1..<start + length].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
            report.findings.append(PtyFinding(kind: .invalidUTF8, offset: start, text: readable(bytes[start...start])))
            return start + 1
        }
        for byte in bytes[start + 1..<start + length] { value = value << 6 | UInt32(byte & 0x3F) }
        let minimum: UInt32 = [2: 0x80, 3: 0x800, 4: 0x10000][length] ?? 0
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
            report.findings.append(PtyFinding(kind: .invalidUTF8, offset: start, text: readable(bytes[start..<start + length])))
        } else if (0x80...0x9F).contains(value) {
            report.findings.append(PtyFinding(kind: .c1Control, offset: start, text: hex(value)))
        } else if bidiControls.contains(value) {
            report.findings.append(PtyFinding(kind: .bidiControl, offset: start, text: hex(value)))
        } else {
            tokens.append(.printable(start))
        }
        return start + length
    }

    /// Embeddings, overrides, isolates and the directional marks.
    static let bidiControls: Set<UInt32> = Set(Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x200E, 0x200F, 0x061C])

    // MARK: - Start and exit

    /// Lifecycle modes are fine before the first character is drawn and
    /// after the last one drawn before the final exit from the alternate
    /// screen; anywhere between, text has switched them.
    private static func misplacedLifecycleModes(_ tokens: [Token]) -> [PtyFinding] {
        var lastExit: Int?
        for (position, token) in tokens.enumerated() {
            if case .lifecycle(_, _, true) = token { lastExit = position }
        }
        let firstPrintable = tokens.firstIndex { if case .printable = $0 { true } else { false } } ?? tokens.count
        let endOfDrawing: Int = {
            let bound = lastExit ?? tokens.count
            return tokens[..<bound].lastIndex { if case .printable = $0 { true } else { false } } ?? -1
        }()
        var findings: [PtyFinding] = []
        for (position, token) in tokens.enumerated() {
            guard case .lifecycle(let offset, let text, _) = token else { continue }
            if position > firstPrintable && position < endOfDrawing {
                findings.append(PtyFinding(kind: .modeMidSession, offset: offset, text: text))
            }
        }
        return findings
    }

    // MARK: - Writing bytes readably

    static func readable(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { byte in
            switch byte {
            case 0x1B: "ESC"
            case 0x20..<0x7F: String(UnicodeScalar(byte))
            default: "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }.joined()
    }

    private static func hex(_ value: UInt32) -> String {
        "U+" + String(value, radix: 16, uppercase: true).leftPadded(4)
    }
}

private extension PtyOutputScanner.Report {
    func sortedFindings() -> Self {
        var copy = self
        copy.findings.sort { $0.offset < $1.offset }
        return copy
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
