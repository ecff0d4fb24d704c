@testable import AtlasAdmin
import Foundation
import Testing

/// Error texts from the network lose their escape sequences whole: no
/// fragment of a clipboard write, title change or status query is left to
/// be drawn as if the server had written it.
@Suite struct HardeningErrorMessageTests {
    static let esc = "\u{1B}"

    @Test(arguments: [
        ("OSC 52 with BEL", "\(esc)]52;c;ZWNobyBwd25lZA==\u{7}"),
        ("OSC 2 with ST", "\(esc)]2;TITLE\(esc)\\"),
        ("CSI query", "\(esc)[6n\(esc)[>c"),
        ("SGR", "\(esc)[31;1;4;53m"),
        ("8-bit CSI", "\u{9B}2J"),
        ("8-bit OSC with 8-bit ST", "\u{9D}0;TITLE\u{9C}"),
        ("DCS", "\(esc)Pq#0;2DCS\(esc)\\"),
        ("charset designation and reset", "\(esc)(0\(esc)c"),
    ])
    func escapeSequencesGoWhole(name: String, sequence: String) {
        let message = MessageSanitizer.oneLine("Denied \(sequence)by proxy")
        #expect(message == "Denied by proxy", "\(name)")
    }

    @Test func anUnterminatedStringSequenceSwallowsTheRest() {
        #expect(MessageSanitizer.oneLine("Denied \(Self.esc)]0;title without end") == "Denied")
    }

    @Test func aDecodedErrorBodyKeepsItsTextAndLosesItsSequences() throws {
        let detail = "Denied \(Self.esc)]52;c;ERRCLIP\u{7}\(Self.esc)]2;TITLE\u{7}\u{9B}31m\u{202E}\u{0}\(Self.esc)[6n by proxy"
        let body = try JSONSerialization.data(withJSONObject: [
            "error": 500, "errorCode": "UNEXPECTED_ERROR", "detail": detail, "parameters": [detail],
        ])
        guard case .api(let decoded) = ResponseDecoder.error(from: HTTPResponse(status: 500, body: body)) else {
            Issue.record("expected an API error")
            return
        }
        let shown = try #require(decoded.detail)
        #expect(shown == "Denied by proxy")
        for fragment in ["ERRCLIP", "TITLE", "52;", "[6n", "31m"] {
            #expect(!shown.contains(fragment))
        }
    }
}
