import Testing

/// The scanner that judges raw terminal output: it passes what curses
/// writes for `tmux-256color`, and flags every kind of sequence a hostile
/// string could smuggle through, so a journey that relies on it can fail.
@Suite struct PtyOutputScannerTests {
    static let esc = "\u{1B}"

    /// A session as curses writes it: start, a few frames, exit.
    static func session(middle: String) -> [UInt8] {
        session(middle: Array(middle.utf8))
    }

    static func session(middle: [UInt8]) -> [UInt8] {
        let start = "\(esc)[?1049h\(esc)[1;30r\(esc)(B\(esc)[m\u{0F}\(esc)[?1h\(esc)=\(esc)[?2004h\(esc)[H\(esc)[J\(esc)[?25l"
        let frame = "\(esc)[1;1H\(esc)[1m\(esc)[38;5;75m本番-決済サービス\(esc)[39;49m\(esc)[m\u{0F} organization\r\n"
            + "\(esc)[3;5H\(esc)[K\u{0E}qqq\u{0F}\(esc)[2;3r\(esc)M\(esc)[r\(esc)7\(esc)[4A\(esc)8\(esc)[7m › row\(esc)[27m"
            + "\(esc)[34h\(esc)[?25h\(esc)[4h x\(esc)[4l\(esc)[12G\(esc)[5d\(esc)[2P\(esc)[3@\(esc)[1L\(esc)[1M\u{08}\t\u{07}"
        let exit = "\(esc)[30;1H\(esc)[?2004l\(esc)[?1049l\r\(esc)[?1l\(esc)>"
        return Array((start + frame).utf8) + middle + Array((frame + exit).utf8)
    }

    @Test func passesWhatCursesWrites() {
        let report = PtyOutputScanner.scan(Self.session(middle: "Alpha 日本 👩‍👩‍👧 e\u{301} \u{FFFD} Omega"))
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.sequenceCount > 30)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let kind: PtyFinding.Kind
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ kind: PtyFinding.Kind) {
            self.init(name, Array(text.utf8), kind)
        }

        init(_ name: String, _ bytes: [UInt8], _ kind: PtyFinding.Kind) {
            self.name = name
            self.bytes = bytes
            self.kind = kind
        }
    }

    static let forbidden: [Case] = [
        Case("OSC 52 clipboard write", "\(esc)]52;c;ZWNobyBwd25lZA==\u{07}", .osc),
        Case("OSC 0 title with ST", "\(esc)]0;pwned\(esc)\\", .osc),
        Case("OSC 2 title unterminated", "\(esc)]2;pwned", .osc),
        Case("OSC 8 hyperlink", "\(esc)]8;;http://x\(esc)\\link\(esc)]8;;\(esc)\\", .osc),
        Case("DCS", "\(esc)Pq#0;2;0;0;0\(esc)\\", .controlString),
        Case("DCS tmux passthrough", "\(esc)Ptmux;\(esc)\(esc)]52;c;eA==\u{07}\(esc)\\", .controlString),
        Case("APC", "\(esc)_apc\(esc)\\", .controlString),
        Case("device status query", "\(esc)[5n", .query),
        Case("cursor position query", "\(esc)[6n", .query),
        Case("primary device attributes", "\(esc)[c", .query),
        Case("secondary device attributes", "\(esc)[>c", .query),
        Case("window report", "\(esc)[18t", .query),
        Case("mode report", "\(esc)[?2026$p", .query),
        Case("full reset", "\(esc)c", .reset),
        Case("alternate screen left mid-session", "\(esc)[?1049l", .modeMidSession),
        Case("mouse tracking on mid-session", "\(esc)[?1000h", .modeMidSession),
        Case("unknown private mode", "\(esc)[?9h", .unknownSequence),
        Case("cursor style", "\(esc)[5 q", .unknownSequence),
        Case("single shift", "\(esc)Nx", .unknownSequence),
        Case("C1 CSI as UTF-8", "\u{9B}31m", .c1Control),
        Case("C1 OSC as UTF-8", "\u{9D}0;t\u{9C}", .c1Control),
        Case("raw 8-bit CSI byte", [0x9B, 0x32, 0x4A], .c1Control),
        Case("NUL", [0x41, 0x00, 0x42], .nul),
        Case("ENQ (answerback)", [0x05], .c0Control),
        Case("form feed", [0x0C], .c0Control),
        Case("DEL", [0x7F], .c0Control),
        Case("right-to-left override", "\u{202E}evil", .bidiControl),
        Case("isolate", "\u{2067}x\u{2069}", .bidiControl),
        Case("invalid UTF-8", [0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80], .invalidUTF8),
    ]

    @Test(arguments: forbidden)
    func flagsEachForbiddenKind(_ forbidden: Case) {
        let report = PtyOutputScanner.scan(Self.session(middle: Array("before".utf8) + forbidden.bytes + Array("after".utf8)))
        #expect(report.findings.map(\.kind).contains(forbidden.kind), "\(report.findings)")
        #expect(PtyOutputScanner.scan(Self.session(middle: "before after")).findings.isEmpty)
    }

    @Test func lifecycleModesPassOnlyAtStartAndExit() {
        let clean = PtyOutputScanner.scan(Self.session(middle: "text"))
        #expect(!clean.findings.contains { $0.kind == .modeMidSession })
        let midway = PtyOutputScanner.scan(Self.session(middle: "text\(Self.esc)[?2004lmore"))
        #expect(midway.findings.map(\.kind) == [.modeMidSession])
    }

    @Test func countsOccurrencesOfADistinctiveMarker() {
        let haystack = Array("xxZWNoyyZWNoZWNo".utf8)
        #expect(PtyOutputScanner.occurrences(of: Array("ZWNo".utf8), in: haystack) == 3)
        #expect(PtyOutputScanner.occurrences(of: Array("pwned".utf8), in: haystack) == 0)
    }
}
