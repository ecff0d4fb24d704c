import Testing
@testable import IntegrationsUI

@Suite struct DisplayWidthTests {
    init() { TestLocale.ensure() }

    @Test func asciiTakesOneColumnPerCharacter() {
        #expect(DisplayWidth.of("project-1") == 9)
    }

    @Test func cjkTakesTwoColumnsPerIdeograph() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("ｱ") == 1) // half-width katakana
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Ame\u{301}lie") == 6)
    }

    @Test func emojiTakesTwoColumns() {
        #expect(DisplayWidth.of("🚀") == 2)
    }
}

@Suite struct TextFittingTests {
    init() { TestLocale.ensure() }

    @Test func padsToExactWidth() {
        #expect(TextFitting.fit("abc", to: 6) == "abc   ")
    }

    @Test func truncatesWithEllipsis() {
        #expect(TextFitting.fit("abcdefgh", to: 5) == "abcd…")
        #expect(TextFitting.truncate("abcdefgh", to: 5, ellipsis: "~") == "abcd~")
    }

    @Test func neverSplitsAWideCharacter() {
        // 日本語 is 6 columns; in 4 columns only 日 fits before the ellipsis
        // (3 columns), and a space fills the column a half 本 would take.
        let fitted = TextFitting.fit("日本語", to: 4)
        #expect(fitted == "日… ")
        #expect(DisplayWidth.of(fitted) == 4)
    }

    @Test func lineSliceReplacesStraddlingWideCharacterWithSpaces() {
        let line = Line("a日b")
        let slice = line.sliced(from: 2, columns: 2)
        #expect(slice.text == " b")
        #expect(slice.width == 2)
    }

    @Test func lineFittedIsAlwaysExactlyTheWidth() {
        for text in ["", "abc", "日本語のプロジェクト名", "e\u{301}e\u{301}", String(repeating: "x", count: 200)] {
            for width in [1, 2, 5, 13, 80] {
                #expect(Line(text).fitted(to: width).width == width, "\(text) at \(width)")
            }
        }
    }

    @Test func overlayKeepsRowWidth() {
        let base = Line("日本語日本語日本語")
        let row = base.overlaid(Line("XX"), at: 3, totalWidth: 18)
        #expect(row.width == 18)
        #expect(row.text == "日 XX 日本語日本語")
    }

    @Test func wordWrapBreaksAtSpaces() {
        #expect(WordWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(WordWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}

@Suite struct SanitizerTests {
    init() { TestLocale.ensure() }

    @Test func removesCSISequencesWhole() {
        #expect(Sanitizer.sanitize("prod\u{1B}[2J\u{1B}[31mRED") == "prodRED")
    }

    @Test func removesOSCTitleSequences() {
        #expect(Sanitizer.sanitize("a\u{1B}]0;pwned\u{07}b") == "ab")
        #expect(Sanitizer.sanitize("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
    }

    @Test func removesEightBitCSI() {
        #expect(Sanitizer.sanitize("a\u{9B}31mb") == "ab")
    }

    @Test func replacesOtherControlsVisibly() {
        #expect(Sanitizer.sanitize("a\u{07}b\u{7F}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(Sanitizer.sanitize("line1\nline2\ttab") == "line1 line2 tab")
    }

    @Test func removesBidiOverridesAndIsolates() {
        #expect(Sanitizer.sanitize("abc\u{202E}fed\u{202C}") == "abcfed")
        #expect(Sanitizer.sanitize("\u{2066}x\u{2069}") == "x")
    }

    @Test func removesZeroWidthCharactersThatHideText() {
        #expect(Sanitizer.sanitize("pay\u{200B}pal\u{FEFF}\u{2060}") == "paypal")
        #expect(Sanitizer.sanitize("a\u{E0041}\u{E0042}b") == "ab")
    }

    @Test func keepsJoinerInsideEmojiSequences() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(Sanitizer.sanitize(family) == family)
        #expect(Sanitizer.sanitize("a\u{200D}b") == "ab")
    }

    @Test func keepsOrdinaryUnicode() {
        #expect(Sanitizer.sanitize("Zürich 東京 café") == "Zürich 東京 café")
    }

    @Test func capsAbsurdLengths() {
        let long = String(repeating: "a", count: 10_000)
        let cleaned = Sanitizer.sanitize(long, maxCharacters: 100)
        #expect(cleaned.count == 100)
        #expect(cleaned.hasSuffix("…"))
    }

    @Test func capsCombiningMarkPiles() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 50)
        #expect(Sanitizer.sanitize(zalgo).unicodeScalars.count == 1 + Sanitizer.maxCombiningMarks)
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        #expect(Sanitizer.sanitize(bytes: [0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
    }

    @Test func multilineKeepsBreaksButNotEscapes() {
        #expect(Sanitizer.sanitizeMultiline("a\r\nb\u{1B}[1Ac") == "a\nbc")
    }
}

@Suite struct AsciiFoldingTests {
    init() { TestLocale.ensure() }

    @Test func foldsAccentsAndKeepsWidths() {
        #expect(AsciiFolding.fold("café") == "cafe")
        #expect(AsciiFolding.fold("東京") == "????")
        #expect(AsciiFolding.fold("a─b “q” …") == "a-b \"q\" .")
        #expect(AsciiFolding.fold("⠋") == "?")
    }
}
