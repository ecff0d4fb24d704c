@testable import AtlasSandbox
import Testing

@Suite struct JSONWriterTests {
    @Test func writesKeysAlphabeticallyWithTypeLast() {
        let value = JSONValue.object(["url": .string("https://a/b"), "type": .string("WEBHOOK"), "id": .string("1"), "bodyTemplate": .null])
        #expect(JSONWriter().string(value) == #"{"bodyTemplate":null,"id":"1","url":"https://a/b","type":"WEBHOOK"}"#)
    }

    @Test func keepsNonASCIIAndSlashesAndEscapesControlCharacters() {
        let value = JSONValue.array([.string("本번-Ü/\"\\\n\t\u{01}"), .int(-3), .double(2.5), .bool(true)])
        #expect(JSONWriter().string(value) == #"["本번-Ü/\"\\\n\t\u0001",-3,2.5,true]"#)
    }

    @Test func prettyOutputParsesBackToTheSameValue() throws {
        let value = JSONValue.object(["a": .array([.int(1), .object(["b": .null])]), "c": .object([:]), "d": .array([])])
        let pretty = JSONWriter(pretty: true).string(value)
        #expect(pretty == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}")
        #expect(TestResponse(status: 200, headers: [:], body: .init(pretty.utf8)).json == value)
    }
}
