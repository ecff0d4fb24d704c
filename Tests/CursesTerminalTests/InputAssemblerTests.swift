import CNCurses
@testable import CursesTerminal
import IntegrationsUI
import Testing

/// From `get_wch` results to the events the app core gets: keys, resizes,
/// and bracketed pastes, whatever the terminal or the link does to them.
@Suite struct InputAssemblerTests {
    @Test func typedTextIsOneKeyPerCharacter() {
        var input = InputFeed.assembler()
        let events = input.burst(InputFeed.text("ab決済") + [.keyCode(KEY_UP), .character(13)])
        #expect(events == [
            .key(.character("a")), .key(.character("b")), .key(.character("決")), .key(.character("済")),
            .key(.up), .key(.enter),
        ])
        #expect(!input.isWaitingForMore)
    }

    @Test func aPasteArrivesWholeWithItsLineBreaksTabsAndControls() {
        var input = InputFeed.assembler()
        let pasted = "line one\r\nline\ttwo \u{1b}[31mred\u{7f}\u{0}"
        let events = input.burst([.pasteStart] + InputFeed.text(pasted) + [.pasteEnd] + InputFeed.text("q"))
        #expect(events == [.paste(pasted), .key(.character("q"))], "the q after the paste is a key again")
    }

    @Test func a64KilobytePasteIsOneEvent() {
        var input = InputFeed.assembler()
        let pasted = String(repeating: "0123456789abcdef", count: 4_096)
        let events = input.burst([.pasteStart] + InputFeed.text(pasted) + [.pasteEnd])
        #expect(events == [.paste(pasted)])
    }

    @Test func aPasteLongerThanTheLimitArrivesInOrderedPieces() {
        var input = InputFeed.assembler()
        let limit = InputAssembler.pasteChunkLimit
        let pasted = String((0..<(limit * 2 + 1_000)).map { Character(Unicode.Scalar(UInt8(0x41 + $0 % 26))) })
        let events = input.burst([.pasteStart] + InputFeed.text(pasted) + [.pasteEnd])
        #expect(events.count == 3)
        #expect(events.pastedText == pasted)
        #expect(events.allSatisfy { if case .paste(let text) = $0 { text.unicodeScalars.count <= limit } else { false } })
    }

    @Test func aPasteWhoseEndNeverComesIsDeliveredWhenTheInputGoesQuiet() {
        var input = InputFeed.assembler()
        let started = input.burst([.pasteStart] + InputFeed.text("half a key"))
        #expect(started.isEmpty)
        #expect(input.isWaitingForMore)
        #expect(input.quiet(forMilliseconds: InputAssembler.quietLimitMilliseconds - 1).isEmpty, "not yet")
        #expect(input.quiet(forMilliseconds: InputAssembler.quietLimitMilliseconds) == [.paste("half a key")])
        #expect(!input.isWaitingForMore)
        #expect(input.burst(InputFeed.text("q")) == [.key(.character("q"))], "typing is keys again")
    }

    @Test func aResizeInsideAPasteIsNotLost() {
        var input = InputFeed.assembler()
        let events = input.burst([.pasteStart] + InputFeed.text("ab") + [.resize] + InputFeed.text("cd") + [.pasteEnd])
        #expect(events == [InputFeed.resized, .paste("abcd")])
    }

    @Test func keysDecodedFromPastedTextAreNotText() {
        var input = InputFeed.assembler()
        let events = input.burst([.pasteStart, .keyCode(KEY_UP)] + InputFeed.text("x") + [.keyCode(KEY_DC), .pasteEnd])
        #expect(events == [.paste("x")])
    }

    @Test func unknownEscapeSequencesAreDroppedWhole() {
        let sequences = [
            "\u{1b}[99999999999;1H", "\u{1b}[15;2~", "\u{1b}[<0;12;5M", "\u{1b}[I", "\u{1b}[?1;2c", "\u{1b}OZ",
            "\u{1b}[201~", "\u{1b}[2~", "\u{1b}[16~", "\u{1b}[1;2H", "\u{1b}[1;3A", "\u{1b}[3;5~", "\u{1b}[1;5H",
        ]
        for sequence in sequences {
            var input = InputFeed.assembler()
            let events = input.burst(InputFeed.text("a" + sequence + "b"))
            #expect(events == [.key(.character("a")), .key(.character("b"))], "\(sequence.debugDescription)")
        }
    }

    /// What tmux, screen, rxvt and xterm send for the editing keys, when
    /// `TERM` named other bytes and curses passed them on unknown: each is
    /// its key, one event, and the typed text around it stays text.
    static let commonEncodings: [(bytes: String, key: Key)] = [
        ("\u{1b}[1~", .home), ("\u{1b}[7~", .home), ("\u{1b}[H", .home), ("\u{1b}[1H", .home), ("\u{1b}OH", .home),
        ("\u{1b}[4~", .end), ("\u{1b}[8~", .end), ("\u{1b}[F", .end), ("\u{1b}[1F", .end), ("\u{1b}OF", .end),
        ("\u{1b}[3~", .delete), ("\u{1b}[5~", .pageUp), ("\u{1b}[6~", .pageDown),
        ("\u{1b}[A", .up), ("\u{1b}[B", .down), ("\u{1b}[C", .right), ("\u{1b}[D", .left),
        ("\u{1b}OA", .up), ("\u{1b}OB", .down), ("\u{1b}OC", .right), ("\u{1b}OD", .left),
        ("\u{1b}[1;5C", .controlRight), ("\u{1b}[1;5D", .controlLeft),
        ("\u{1b}OP", .function(1)), ("\u{1b}[11~", .function(1)), ("\u{1b}[21~", .function(10)),
        ("\u{1b}[24~", .function(12)), ("\u{1b}OM", .enter),
    ]

    @Test(arguments: commonEncodings.indices)
    func commonEncodingsOfTheEditingKeysAreKeysWhateverTERMSays(index: Int) {
        let (bytes, key) = Self.commonEncodings[index]
        var input = InputFeed.assembler()
        let events = input.burst(InputFeed.text("a" + bytes + "b"))
        #expect(events == [.key(.character("a")), .key(key), .key(.character("b"))], "\(bytes.debugDescription)")
        #expect(!input.isWaitingForMore)
    }

    @Test func aCommonEncodingSplitAcrossBurstsIsStillItsKey() {
        var input = InputFeed.assembler()
        #expect(input.burst(InputFeed.text("\u{1b}[1")).isEmpty)
        #expect(input.burst(InputFeed.text("~")) == [.key(.home)])
        #expect(input.burst(InputFeed.text("\u{1b}O")).isEmpty)
        #expect(input.burst(InputFeed.text("F")) == [.key(.end)])
    }

    @Test func insideAPasteTheEncodingsAreText() {
        var input = InputFeed.assembler()
        let events = input.burst([.pasteStart] + InputFeed.text("x\u{1b}[1~y") + [.pasteEnd])
        #expect(events == [.paste("x\u{1b}[1~y")])
    }

    @Test func escapeFollowedByWhatStartsNoSequenceIsTheEscapeKey() {
        var input = InputFeed.assembler()
        #expect(input.burst(InputFeed.text("\u{1b}")) == [.key(.escape)], "a lone Esc at the end of a burst")
        #expect(input.burst(InputFeed.text("\u{1b}x")) == [.key(.escape), .key(.character("x"))])
        #expect(input.burst(InputFeed.text("\u{1b}\u{1b}")) == [.key(.escape), .key(.escape)])
        #expect(input.burst(InputFeed.text("\u{1b}[1\u{3}")) == [.key(.control("c"))], "Ctrl-C breaks a sequence")
    }

    @Test func aSequenceSplitAcrossBurstsIsStillDropped() {
        var input = InputFeed.assembler()
        #expect(input.burst(InputFeed.text("\u{1b}[12")).isEmpty)
        #expect(input.isWaitingForMore)
        #expect(input.burst(InputFeed.text("3~z")) == [.key(.character("z"))])
    }

    @Test func aSequenceWithoutAnEndIsAbandonedWhenQuietOrTooLong() {
        var input = InputFeed.assembler()
        _ = input.burst(InputFeed.text("\u{1b}[1;"))
        #expect(input.quiet(forMilliseconds: InputAssembler.quietLimitMilliseconds).isEmpty)
        #expect(input.burst(InputFeed.text("A")) == [.key(.character("A"))])

        let digits = String(repeating: "9", count: InputAssembler.sequenceLimit + 10)
        let events = input.burst(InputFeed.text("\u{1b}[" + digits))
        #expect(events == Array(repeating: .key(.character("9")), count: 10), "past the limit, digits are typed: nothing grows")
        #expect(!input.isWaitingForMore)
    }

    @Test func pasteMarkersSpeltOutByASlowLinkStillFrameThePaste() {
        var input = InputFeed.assembler()
        let events = input.burst(InputFeed.text("\u{1b}[200~pasted q\u{1b}[201~q"))
        #expect(events == [.paste("pasted q"), .key(.character("q"))])
    }

    @Test func valuesThatAreNoScalarAndOddStatusesAreDropped() {
        var input = InputFeed.assembler()
        let events = input.burst([
            .character(0xD800), .character(0xDFFF), .character(0x11_0000), .character(UInt32.max),
            .other(status: ERR, value: 65), .other(status: 7, value: 65), .keyCode(-1), .keyCode(Int32.max),
            .pasteStart, .character(0xDC00), .character(0x41), .character(0x11_0000), .pasteEnd,
        ])
        #expect(events == [.paste("A")])
    }

    @Test func aPasteStartInsideAPasteAndAnEndOutsideOneChangeNothing() {
        var input = InputFeed.assembler()
        let events = input.burst([.pasteEnd, .pasteStart] + InputFeed.text("a") + [.pasteStart] + InputFeed.text("b")
            + [.pasteEnd, .pasteEnd] + InputFeed.text("c"))
        #expect(events == [.paste("ab"), .key(.character("c"))])
    }

    @Test func anEmptyPasteIsNoEvent() {
        var input = InputFeed.assembler()
        #expect(input.burst([.pasteStart, .pasteEnd]).isEmpty)
        #expect(!input.isWaitingForMore)
    }
}
