import Foundation
import Testing
import TestSupport

/// The subset validator that `OpenAPIRequestBodyTests` trusts: each rule is
/// shown to flag a bad body, so a clean result there means something. The
/// schema here is made up for these tests, in the same shape (a `oneOf` on
/// `type` with a mapping, `$ref`s into `components`).
@Suite struct OpenAPISchemaValidatorTests {
    static let document = OpenAPIDocument(root: try! JSONNode(json: #"""
    {
      "components": {
        "schemas": {
          "Thing": {
            "type": "object",
            "properties": {"type": {"type": "string", "enum": ["ALPHA", "BETA", "GAMMA"]}, "id": {"type": "string", "nullable": true}},
            "oneOf": [{"$ref": "#/components/schemas/Alpha"}, {"$ref": "#/components/schemas/Beta"}],
            "discriminator": {"propertyName": "type", "mapping": {
              "ALPHA": "#/components/schemas/Alpha", "BETA": "#/components/schemas/Beta"}}
          },
          "Alpha": {
            "type": "object",
            "required": ["key"],
            "properties": {
              "type": {"type": "string", "enum": ["ALPHA"]},
              "id": {"type": "string", "nullable": true, "readOnly": true},
              "key": {"type": "string", "pattern": "^[0-9a-f]{8}$", "description": "eight hex digits"},
              "zone": {"type": "string", "enum": ["NORTH", "SOUTH"], "default": "NORTH"},
              "label": {"type": "string", "minLength": 2, "maxLength": 5, "nullable": true},
              "on": {"type": "boolean"},
              "count": {"type": "integer", "minimum": 0},
              "ratio": {"type": "number"},
              "tags": {"type": "array", "items": {"type": "string"}}
            }
          },
          "Beta": {
            "type": "object",
            "required": ["url"],
            "properties": {"type": {"type": "string", "enum": ["BETA"]}, "url": {"type": "string"}}
          },
          "Odd": {"type": "object", "additionalProperties": false}
        }
      },
      "paths": {
        "/things/{kind}": {"post": {"requestBody": {"content": {"application/x.test+json": {"schema": {
          "$ref": "#/components/schemas/Thing"}}}}}}
      }
    }
    """#))

    static let pointer = OpenAPIDocument.requestBodyPointer(
        path: "/things/{kind}", method: "post", mediaType: "application/x.test+json")

    func violations(_ body: String) throws -> [String] {
        try Self.document.violations(of: Data(body.utf8), against: Self.pointer)
    }

    @Test func aConformingBodyHasNoViolations() throws {
        #expect(Self.pointer == "#/paths/~1things~1{kind}/post/requestBody/content/application~1x.test+json/schema")
        let full = #"{"type":"ALPHA","key":"0123abcd","zone":"SOUTH","label":"abc","on":true,"count":3,"ratio":0.5,"tags":["a"]}"#
        #expect(try violations(full) == [])
        #expect(try violations(#"{"type":"ALPHA","key":"0123abcd","label":null}"#) == [])
        #expect(try violations(#"{"type":"BETA","url":"https://example.com"}"#) == [])
    }

    @Test func missingRequiredPropertyIsFlagged() throws {
        let found = try violations(#"{"type":"ALPHA","zone":"NORTH"}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("$: missing required property key") == true, "\(found)")
    }

    @Test func valueOutsideTheEnumIsFlagged() throws {
        let found = try violations(#"{"type":"ALPHA","key":"0123abcd","zone":"EAST"}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(#"$.zone: "EAST" is not one of"#) == true, "\(found)")
    }

    @Test func wrongTypesAreFlagged() throws {
        #expect(try violations(#"{"type":"ALPHA","key":"0123abcd","on":"true"}"#).first?
            .hasPrefix("$.on: expected boolean, got string") == true)
        #expect(try violations(#"{"type":"ALPHA","key":"0123abcd","count":1.5}"#).first?
            .hasPrefix("$.count: expected integer, got number") == true)
        #expect(try violations(#"{"type":"ALPHA","key":"0123abcd","on":1}"#).first?
            .hasPrefix("$.on: expected boolean, got integer") == true)
        #expect(try violations(#"{"type":"ALPHA","key":12345678}"#).first?
            .hasPrefix("$.key: expected string, got integer") == true)
        #expect(try violations(#"{"type":"ALPHA","key":"0123abcd","tags":["a",2]}"#).first?
            .hasPrefix("$.tags[1]: expected string, got integer") == true)
        #expect(try violations(#"{"type":"ALPHA","key":null}"#).first?.hasPrefix("$.key: null is not allowed") == true)
        #expect(try violations(#"["ALPHA"]"#).first?.contains("expected an object") == true)
    }

    @Test func undeclaredPropertyIsFlaggedThoughTheSchemaLeavesThemOpen() throws {
        let found = try violations(#"{"type":"ALPHA","key":"0123abcd","url":"https://example.com"}"#)
        #expect(found == ["$.url: property not declared by #/components/schemas/Alpha"])
        #expect(try violations(#"{"type":"BETA","url":"https://x","key":"0123abcd"}"#)
            == ["$.key: property not declared by #/components/schemas/Beta"])
    }

    @Test func stringLengthsArePolicedInCharacters() throws {
        let long = try violations(#"{"type":"ALPHA","key":"0123abcd","label":"abcdef"}"#)
        #expect(long.count == 1)
        #expect(long.first?.hasPrefix("$.label: 6 characters, more than maxLength 5") == true, "\(long)")
        let short = try violations(#"{"type":"ALPHA","key":"0123abcd","label":"a"}"#)
        #expect(short.first?.hasPrefix("$.label: 1 characters, fewer than minLength 2") == true, "\(short)")
        // Five characters, ten UTF-8 bytes: within the limit.
        #expect(try violations(#"{"type":"ALPHA","key":"0123abcd","label":"ééééé"}"#) == [])
    }

    @Test func patternMismatchIsFlaggedWithoutTheValue() throws {
        let found = try violations(#"{"type":"ALPHA","key":"0123ABCD-secret"}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("$.key: a 15-character value does not match pattern") == true, "\(found)")
        #expect(found.first?.contains("secret") == false)
    }

    @Test func discriminatorValueWithoutMappingIsFlagged() throws {
        // In the enum of `type`, but no alternative is mapped to it.
        let found = try violations(#"{"type":"GAMMA","key":"0123abcd"}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(#"$.type: discriminator value "GAMMA" has no mapping"#) == true, "\(found)")
        #expect(try violations(#"{"key":"0123abcd"}"#).first?.hasPrefix("$: missing discriminator property type") == true)
        #expect(try violations(#"{"type":7,"key":"0123abcd"}"#).first?.contains("must be a string") == true)
    }

    @Test func readOnlyPropertyMustNotBeSent() throws {
        let found = try violations(#"{"type":"ALPHA","key":"0123abcd","id":"abc"}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("$.id: readOnly property must not be sent") == true, "\(found)")
    }

    @Test func unsupportedKeywordsAndBadReferencesAreReportedNotIgnored() throws {
        let odd = try Self.document.node(at: "#/components/schemas/Odd")
        #expect(Self.document.violations(of: try JSONNode(json: "{}"), against: odd).first?
            .contains("unsupported schema keyword additionalProperties") == true)
        let dangling = try JSONNode(json: ##"{"$ref": "#/components/schemas/Missing"}"##)
        #expect(Self.document.violations(of: .null, against: dangling).first?.contains("unresolvable $ref") == true)
        #expect(throws: OpenAPISchemaError.self) { try Self.document.node(at: "#/components/schemas/Missing") }
        #expect(try violations("not json").first?.hasPrefix("$: the body is not JSON") == true)
    }

    @Test func aMissingReferenceFileFailsWithAClearMessage() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/atlas-admin.openapi.yaml")
        do {
            _ = try OpenAPIDocument.load(yamlAt: missing)
            Issue.record("loading a missing file succeeded")
        } catch {
            #expect(String(describing: error).contains("/nonexistent/atlas-admin.openapi.yaml"))
            #expect(String(describing: error).contains("shared/"))
        }
    }

    @Test func yamlIsReadThroughPython() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("openapi-validator-\(UUID().uuidString).yaml")
        try "paths: {}\ncomponents:\n  schemas:\n    S:\n      type: string\n      maxLength: 3\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let document = try OpenAPIDocument.load(yamlAt: file)
        let schema = try document.node(at: "#/components/schemas/S")
        #expect(document.violations(of: .string("abc"), against: schema) == [])
        #expect(document.violations(of: .string("abcd"), against: schema).count == 1)
    }
}
