import AtlasAdmin
import Foundation
import Testing
import TestSupport
@testable import IntegrationsUI

/// Every request body the client builds, for every integration type it can
/// write, in create (POST) and in edit (PUT), validated against Atlas's
/// published OpenAPI schema. The schema is read at test time from the
/// `shared/` checkout beside the package (its licence keeps it out of this
/// repository); without it, or without python3 and PyYAML to read it, these
/// tests fail rather than skip.
///
/// The bodies are made the way an operator makes them: typed into a `Form`
/// built from the catalog entry, then `settings().jsonBody()`, the bytes
/// `AtlasClient` sends.
@Suite struct OpenAPIRequestBodyTests {
    init() { TestLocale.ensure() }

    static let reference: Result<OpenAPIDocument, OpenAPISchemaError> = Result {
        () throws(OpenAPISchemaError) -> OpenAPIDocument in try OpenAPIDocument.loadReference()
    }

    static let integrationPath = "/api/atlas/v2/groups/{groupId}/integrations/{integrationType}"

    static func bodyPointer(_ method: String) -> String {
        OpenAPIDocument.requestBodyPointer(path: integrationPath, method: method, mediaType: AtlasClient.mediaType)
    }

    static let creatable = IntegrationType.known.filter { IntegrationCatalog.entry(for: $0).isCreatable }
    static let notCreatable = IntegrationType.known.filter { !IntegrationCatalog.entry(for: $0).isCreatable }

    // MARK: - The bodies

    @Test func theReferenceSchemaIsReadAndBothOperationsHaveABodySchema() throws {
        let document = try Self.reference.get()
        for method in ["post", "put"] {
            var schema = try document.node(at: Self.bodyPointer(method))
            if let target = schema["$ref"]?.stringValue { schema = try document.node(at: target) }
            // One body schema for every type, chosen by the body's `type`.
            #expect(schema["discriminator"]?["propertyName"] == .string("type"), "\(method): \(schema)")
            #expect(schema["oneOf"]?.arrayValue?.isEmpty == false)
        }
    }

    @Test func theWritableTypesAreTheOnesTheProductCanCreate() {
        #expect(Self.creatable.count + Self.notCreatable.count == IntegrationType.known.count)
        #expect(Set(Self.notCreatable) == [.slack, .newRelic, .hipChat])
        #expect(Self.creatable.count == 7)
    }

    @Test(arguments: OpenAPIRequestBodyTests.creatable)
    func everyBodyOfTheTypeConformsToTheSchema(type: IntegrationType) throws {
        let document = try Self.reference.get()
        let bodies = try Self.bodies(for: type)
        #expect(bodies.count == 4)
        for body in bodies {
            let found = try document.violations(of: body.json, against: Self.bodyPointer(body.method))
            #expect(found.isEmpty, """
                \(type) \(body.label) (\(body.method.uppercased())) violates the OpenAPI schema:
                \(found.map { "  - " + $0 }.joined(separator: "\n"))
                body: \(String(decoding: body.json, as: UTF8.self))
                """)
        }
    }

    @Test(arguments: OpenAPIRequestBodyTests.notCreatable)
    func typesThatCannotBeWrittenBuildNoBody(type: IntegrationType) throws {
        let entry = IntegrationCatalog.entry(for: type)
        #expect((try? IntegrationSettings(type: type, fields: [])) == nil)
        let existing = Self.existing(entry, values: Self.fullValues(entry))
        var view = Form(spec: entry, mode: .view(existing))
        #expect(view.update(.key(.control("s"))) == .ignored)
        #expect((try? view.settings()) == nil)
        // Nor by any other way into a form: every field is read-only and
        // the settings refuse the type.
        #expect((try? Form(spec: entry, mode: .create).settings()) == nil)
        #expect((try? Form(spec: entry, mode: .edit(existing)).settings()) == nil)
    }

    // MARK: - Making bodies as an operator does

    struct Body {
        var label: String
        var method: String
        var json: Data
    }

    /// Create with every field filled, create with only the required ones,
    /// and an edit of each of those integrations as Atlas returns them
    /// (hidden values masked or left out), typing again what starts empty.
    static func bodies(for type: IntegrationType) throws -> [Body] {
        let entry = IntegrationCatalog.entry(for: type)
        let full = fullValues(entry)
        let minimal = requiredValues(entry)

        var bodies: [Body] = []
        let createdFull = try create(entry, filling: full)
        let fullKeys = try keys(of: createdFull)
        let writable = Set(entry.fields.filter(\.isWritable).map(\.key))
        #expect(fullKeys == writable.union(["type"]), "\(type): the full body leaves out \(writable.subtracting(fullKeys))")
        let sent = try JSONNode(json: createdFull)
        for (key, value) in full {
            #expect(sent[key] == value.json, "\(type).\(key): entered \(value.json), sent \(sent[key].map(\.description) ?? "nothing")")
        }
        bodies.append(Body(label: "create, every field", method: "post", json: createdFull))

        let createdMinimal = try create(entry, filling: minimal)
        let requiredKeys = Set(entry.fields.filter { $0.isRequired || $0.isRequiredToCreate }.map(\.key))
        #expect(try keys(of: createdMinimal).isSuperset(of: requiredKeys), "\(type): required-only body lacks a required key")
        bodies.append(Body(label: "create, required fields only", method: "post", json: createdMinimal))

        bodies.append(Body(label: "edit of the full one", method: "put",
                           json: try edit(entry, existing: existing(entry, values: full), retyping: full)))
        bodies.append(Body(label: "edit of the required-only one", method: "put",
                           json: try edit(entry, existing: existing(entry, values: minimal), retyping: full)))
        return bodies
    }

    /// A value an operator types or selects.
    enum Sample: Equatable {
        case typed(String)
        case pasted(String)
        /// Moves right this many times from the default.
        case choice(steps: Int, value: String)
        case toggle(Bool)

        /// The field's text once entered ("true"/"false" for a switch).
        var text: String {
            switch self {
            case .typed(let text), .pasted(let text): text
            case .choice(_, let value): value
            case .toggle(let on): on ? "true" : "false"
            }
        }

        /// What the body should carry.
        var json: JSONNode {
            if case .toggle(let on) = self { return .bool(on) }
            return .string(text)
        }
    }

    /// A valid value for every writable field: not the defaults, so every
    /// choice and switch is moved.
    static func fullValues(_ entry: CatalogEntry) -> [(key: String, value: Sample)] {
        entry.fields.map { field in (field.key, sample(for: field)) }
    }

    /// Values for the required fields only; choices and switches keep their defaults.
    static func requiredValues(_ entry: CatalogEntry) -> [(key: String, value: Sample)] {
        fullValues(entry).filter { pair in
            let field = entry.field(pair.key)!
            switch field.kind {
            case .choice, .toggle: return false
            default: return field.isRequired || field.isRequiredToCreate
            }
        }
    }

    static func sample(for field: CatalogField) -> Sample {
        switch field.kind {
        case .secret:
            for rule in field.rules {
                if case .hexadecimal(let length) = rule {
                    let digits = "5f2b7c9d1e3a4b6c8d0e2f4a6b8c0d1e7a9c3e5b"
                    return .typed(String(String(repeating: digits, count: length / digits.count + 1).prefix(length)))
                }
            }
            return .typed("3f1c9a52-7e4b-4d21-9b6a-0c8e5d2f7a14")
        case .url:
            return .typed("https://alerts.example.com/atlas/\(field.key)")
        case .text:
            return .typed("atlas-\(field.key)")
        case .template:
            return .pasted(field.key == "headersTemplate"
                ? #"{"X-Atlas-Team": "platform"}"#
                : "{\n  \"alert\": \"${alert.id}\",\n  \"status\": \"${alert.status}\"\n}")
        case .choice(let options):
            let start = options.firstIndex { $0.value == field.defaultValue } ?? 0
            let steps = options.count > 1 ? 1 : 0
            return .choice(steps: steps, value: options[(start + steps) % options.count].value)
        case .toggle:
            return .toggle(field.defaultValue != "true")
        }
    }

    static func create(_ entry: CatalogEntry, filling values: [(key: String, value: Sample)]) throws -> Data {
        var form = Form(spec: entry, mode: .create)
        for (key, value) in values {
            try enter(value, into: key, of: &form)
        }
        return try submit(&form)
    }

    /// Opens the edit form of `existing` and types again the required
    /// fields that start empty (what Atlas never shows).
    static func edit(
        _ entry: CatalogEntry, existing: Integration, retyping values: [(key: String, value: Sample)]
    ) throws -> Data {
        var form = Form(spec: entry, mode: .edit(existing))
        let empty = form.fields.filter { $0.widget.isFocusable && $0.isRequired && $0.text.isEmpty }.map(\.key)
        for key in empty {
            let value = try #require(values.first { $0.key == key }?.value, "\(entry.type).\(key) has no sample")
            try enter(value, into: key, of: &form)
        }
        return try submit(&form)
    }

    static func submit(_ form: inout Form) throws -> Data {
        let valid = form.validateAll()
        let errors = form.fields.compactMap { field in field.error.map { "\(field.key): \($0)" } }
        #expect(valid, "\(form.spec.type): the form refuses its values: \(errors)")
        return try form.settings().jsonBody()
    }

    /// Moves focus to the field with Tab and enters the value with keys or a paste.
    static func enter(_ value: Sample, into key: String, of form: inout Form) throws {
        for _ in 0...form.fields.count where form.focusedField?.key != key {
            _ = form.update(.key(.tab))
        }
        try #require(form.focusedField?.key == key, "\(form.spec.type): Tab never reaches \(key)")
        switch value {
        case .typed(let text):
            for character in text { _ = form.update(.key(.character(character))) }
        case .pasted(let text):
            _ = form.update(.paste(text))
        case .choice(let steps, _):
            for _ in 0..<steps { _ = form.update(.key(.right)) }
        case .toggle:
            if form.focusedField?.text != value.text { _ = form.update(.key(.character(" "))) }
        }
        let now = form.field(key)?.text
        try #require(now == value.text, "\(form.spec.type).\(key): entered \(value.text), field holds \(now ?? "nil")")
    }

    /// The integration as Atlas returns it after a write of `values`: each
    /// field as its read-back rule shows it (masked, or not at all), the
    /// others at their defaults, and the keys Atlas adds undocumented.
    static func existing(_ entry: CatalogEntry, values: [(key: String, value: Sample)]) -> Integration {
        var raw: [String: JSONValue] = ["type": .string(entry.type.rawValue), "id": .string("6a0000000000000000000099")]
        for field in entry.fields {
            let value = values.first { $0.key == field.key }?.value ?? field.defaultValue.map { text in
                field.kind == .toggle ? .toggle(text == "true") : .choice(steps: 0, value: text)
            }
            switch value {
            case .toggle(let on)?:
                raw[field.key] = .bool(on)
            case let value?:
                if let shown = field.readBack.readBack(of: value.text) { raw[field.key] = .string(shown) }
            case nil:
                break
            }
        }
        for key in entry.undocumentedKeys { raw[key] = .null }
        return Integration(raw: raw)
    }

    static func keys(of body: Data) throws -> Set<String> {
        Set(try #require(JSONNode(json: body).objectValue, "the body is not a JSON object").keys)
    }
}
