@testable import AtlasAdmin
import Testing
import TestSupport
@testable import IntegrationsUI

/// The one rule for escape sequences, as both layers apply it: the screen's
/// `Sanitizer` and the service layer's one-line messages. The cases are the
/// ones where two copies of the rule once disagreed, so text survived in
/// one and was eaten in the other.
@Suite struct EscapeSequenceTests {
    static let esc = "\u{1B}"

    /// What is left of `text` once its sequences are gone.
    static func remains(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let end = EscapeSequence.end(in: scalars, at: index) {
                index = end
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    @Test(arguments: [
        // A CSI ends at its final byte 0x40–0x7E; a byte that is neither a
        // parameter nor a final one stays (here: "é", which a terminal draws).
        ("CSI with a final byte", "\(esc)[31;1mred", "red"),
        ("CSI cut by a letter outside its grammar", "\(esc)[1\u{E9}t\u{E9}", "\u{E9}t\u{E9}"),
        ("CSI with intermediates", "\(esc)[1 qcursor", "cursor"),
        ("8-bit CSI", "\u{9B}2Jclear", "clear"),
        // ESC before ESC is a lone ESC: the second one starts the query.
        ("ESC ESC [6n", "\(esc)\(esc)[6nafter", "after"),
        ("ESC then a control", "\(esc)\u{7}x", "\u{7}x"),
        ("lone ESC at the end", "end\(esc)", "end"),
        ("two-character escape", "\(esc)7saved\(esc)8", "saved"),
        ("reset", "\(esc)cafter", "after"),
        ("charset designation", "\(esc)(0box\(esc)(B", "box"),
        ("nF without its final byte", "\(esc)( ", ""),
        // OSC ends at BEL or ST; DCS, SOS, PM and APC only at ST.
        ("OSC 52 with BEL", "\(esc)]52;c;ZWNobyBwd25lZA==\u{7}shown", "shown"),
        ("OSC with 7-bit ST", "\(esc)]2;TITLE\(esc)\\shown", "shown"),
        ("8-bit OSC with 8-bit ST", "\u{9D}0;TITLE\u{9C}shown", "shown"),
        ("DCS goes on past BEL", "\(esc)Pq\u{7}hidden\(esc)\\shown", "shown"),
        ("APC goes on past BEL", "\(esc)_payload\u{7}more\u{9C}shown", "shown"),
        ("unterminated string swallows the rest", "\(esc)]0;title without end", ""),
        ("ESC inside a string ends it and starts the next", "\(esc)]0;t\(esc)[1mshown", "shown"),
        ("CAN cancels a string", "\(esc)P1\u{18}shown", "\u{18}shown"),
    ])
    func sequencesEndWhereTheGrammarSays(name: String, text: String, remaining: String) {
        #expect(Self.remains(text) == remaining, "\(name)")
    }

    /// Both layers drop the same sequences and keep the same text around
    /// them (the one-line messages also fold runs of spaces into one).
    @Test(arguments: [
        ("a \(esc)[1\u{E9}t\u{E9} b", "a \u{E9}t\u{E9} b"),
        ("a \(esc)\(esc)[6n b", "a b"),
        ("a \(esc)Pq\u{7}hidden\(esc)\\ b", "a b"),
        ("a \u{9B}2J\u{9D}0;T\u{9C} b", "a b"),
        ("a \(esc)(0 b", "a b"),
    ])
    func theScreenAndTheMessagesAgree(text: String, shown: String) {
        let drawn = Sanitizer.sanitize(text).split(separator: " ").joined(separator: " ")
        #expect(drawn == shown)
        #expect(MessageSanitizer.oneLine(text) == shown)
    }

    @Test func noIntroducerSurvivesEitherLayer() {
        let pieces = ["\(Self.esc)", "\u{9B}", "\u{9D}", "\u{90}", "\u{98}", "\u{9E}", "\u{9F}", "[", "]", "P", "\\",
                      "\u{7}", "\u{9C}", "1", ";", " ", "(", "m", "x", "\u{E9}", "\u{18}"]
        var random = SplitMix64(seed: 0xE5C_5E0)
        for _ in 0..<2_000 {
            let text = (0..<12).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            for shown in [Sanitizer.sanitize(text), MessageSanitizer.oneLine(text)] {
                #expect(!shown.unicodeScalars.contains(where: EscapeSequence.isIntroducer), "\(text.debugDescription)")
            }
        }
    }
}
