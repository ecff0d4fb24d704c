import Testing

/// Strings a hostile or broken Atlas could return as names and messages.
///
/// Each wraps its payload between `Alpha` and `Omega`, so a test can check
/// that the payload is drawn inert while the text around it stays visible.
struct HostileText: Sendable, CustomTestStringConvertible {
    let name: String
    let payload: String
    /// Whether `Omega` can still be expected on screen (false when the
    /// payload is longer than any name is drawn).
    let tailVisible: Bool

    var text: String { "Alpha" + payload + "Omega" }
    var testDescription: String { name }

    init(_ name: String, _ payload: String, tailVisible: Bool = true) {
        self.name = name
        self.payload = payload
        self.tailVisible = tailVisible
    }

    static let invalidUTF8 = String(decoding: [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC,
                                               0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80], as: UTF8.self)

    static let all: [HostileText] = [
        HostileText("SGR colour", "\u{1B}[31;1mred\u{1B}[0m"),
        HostileText("cursor moves", "\u{1B}[2J\u{1B}[H\u{1B}[10;10H\u{1B}[5A\u{1B}[?25l"),
        HostileText("OSC 52 clipboard write", "\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}"),
        HostileText("OSC 52 with ST", "\u{1B}]52;c;ZWNobyBwd25lZA==\u{1B}\\"),
        HostileText("OSC 0 title", "\u{1B}]0;you have been pwned\u{7}"),
        HostileText("unterminated OSC", "\u{1B}]0;title without end", tailVisible: false),
        HostileText("C1 CSI", "\u{9B}31m\u{9B}2J"),
        // U+009D opens an OSC that nothing closes: like a terminal, the
        // sanitizer drops the rest of the string with it.
        HostileText("C1 controls", String(String.UnicodeScalarView((0x80...0x9F).compactMap(Unicode.Scalar.init))),
                    tailVisible: false),
        HostileText("C0 controls", String(String.UnicodeScalarView((0x00...0x1F).compactMap(Unicode.Scalar.init))) + "\u{7F}"),
        HostileText("NUL", "\u{0}\u{0}\u{0}"),
        HostileText("bidi override", "\u{202E}evil\u{202C}\u{2066}x\u{2069}\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"),
        HostileText("zero-width", "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}"),
        HostileText("100 combining marks", "e" + String(repeating: "\u{301}", count: 100)),
        HostileText("wide characters", "日本語プロジェクト東京"),
        HostileText("emoji", "👩‍👩‍👧‍👦🇯🇵"),
        HostileText("10,000 characters", String(repeating: "W", count: 10_000), tailVisible: false),
        HostileText("10,000 wide characters", String(repeating: "語", count: 10_000), tailVisible: false),
        HostileText("invalid UTF-8", invalidUTF8),
        HostileText("DCS and APC", "\u{1B}Pq#0;2;0;0;0\u{1B}\\\u{1B}_apc\u{1B}\\\u{90}dcs\u{9C}"),
        HostileText("line breaks", "line\none\r\ntwo\u{2028}three\u{85}"),
    ]
}
