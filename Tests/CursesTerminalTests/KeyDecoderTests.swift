import CNCurses
@testable import CursesTerminal
import IntegrationsUI
import Testing

/// The table from what `get_wch` returns to the keys the app core acts on.
@Suite struct KeyDecoderTests {
    @Test func controlLettersBecomeControlKeys() {
        #expect(KeyDecoder.decode(character: 3) == .key(.control("c")))
        #expect(KeyDecoder.decode(character: 19) == .key(.control("s")))
        #expect(KeyDecoder.decode(character: 18) == .key(.control("r")))
    }

    @Test func terminalsOwnSpellingsOfEditingKeysAreUnderstood() {
        #expect(KeyDecoder.decode(character: 127) == .key(.backspace))
        #expect(KeyDecoder.decode(character: 8) == .key(.backspace))
        #expect(KeyDecoder.decode(character: 13) == .key(.enter))
        #expect(KeyDecoder.decode(character: 9) == .key(.tab))
        #expect(KeyDecoder.decode(character: 27) == .key(.escape))
    }

    @Test func findAndSelectAreHomeAndEnd() {
        #expect(KeyDecoder.decode(keyCode: KEY_FIND) == .key(.home))
        #expect(KeyDecoder.decode(keyCode: KEY_SELECT) == .key(.end))
    }

    @Test func valuesThatAreNoCharacterAreIgnored() {
        #expect(KeyDecoder.decode(character: 0) == .ignored)
        #expect(KeyDecoder.decode(character: 0xD800) == .ignored, "a lone surrogate is no Unicode scalar")
        #expect(KeyDecoder.decode(character: 0x11_0000) == .ignored, "beyond Unicode")
    }
}
