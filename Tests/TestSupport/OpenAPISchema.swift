import Foundation

// A small validator for the part of OpenAPI 3.0 / JSON Schema the Atlas
// Admin API's integration bodies use, so tests can hold every request body
// the client builds against the published schema.
//
// The schema is never copied into this repository (its licence does not
// allow it): `OpenAPIDocument.loadReference()` reads the file from the
// `shared/` checkout beside the package at test time, converting its YAML
// with python3 and PyYAML.

/// A JSON value, decoded strictly enough to tell `true` from `1`.
public enum JSONNode: Sendable, Hashable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONNode].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONNode].self))
        }
    }

    /// Parses a JSON document.
    public init(json data: Data) throws {
        self = try JSONDecoder().decode(JSONNode.self, from: data)
    }

    public init(json text: String) throws {
        try self.init(json: Data(text.utf8))
    }

    public subscript(key: String) -> JSONNode? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var objectValue: [String: JSONNode]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var arrayValue: [JSONNode]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The JSON type name, as a schema's `type` spells it.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let value): value.rounded() == value && value.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Compact JSON text (keys sorted), long strings shortened: for messages.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .string(let value):
            let shown = value.count > 60 ? String(value.prefix(57)) + "..." : value
            return "\"" + shown.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let items):
            return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { "\"\($0)\": \(members[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Why the reference schema could not be had; each says what to do.
public enum OpenAPISchemaError: Error, Sendable, CustomStringConvertible {
    case fileMissing(String)
    case converterFailed(status: Int32, detail: String)
    case converterUnavailable(String)
    case notJSON(String)
    case pointerNotFound(String)

    public var description: String {
        switch self {
        case .fileMissing(let path):
            "The OpenAPI reference is not at \(path): check out the shared/ directory beside the package."
        case .converterFailed(let status, let detail):
            if detail.contains("No module named 'yaml'") || detail.contains("No module named yaml") {
                "python3 has no PyYAML, which reads the OpenAPI reference: install python3-yaml (apt) or PyYAML (pip). python3 said: \(detail)"
            } else if status == 127 {
                "python3 is not on PATH; it converts the OpenAPI reference's YAML to JSON. Install python3 and python3-yaml. (\(detail))"
            } else {
                "Converting the OpenAPI reference's YAML to JSON failed (exit \(status)): \(detail)"
            }
        case .converterUnavailable(let detail):
            "Could not run python3 to read the OpenAPI reference (install python3 and python3-yaml): \(detail)"
        case .notJSON(let detail):
            "The OpenAPI reference did not convert to JSON: \(detail)"
        case .pointerNotFound(let pointer):
            "The OpenAPI reference has nothing at \(pointer)."
        }
    }
}

/// An OpenAPI document as JSON, with the subset validator over it.
public struct OpenAPIDocument: Sendable {
    public let root: JSONNode

    public init(root: JSONNode) {
        self.root = root
    }

    // MARK: - Loading

    /// `shared/reference/atlas-admin-v2-integrations.openapi.yaml` beside the
    /// package root (the directory that holds Package.swift).
    public static var referenceURL: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/",
              !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        return directory.deletingLastPathComponent()
            .appendingPathComponent("shared/reference/atlas-admin-v2-integrations.openapi.yaml")
    }

    /// The Atlas Admin API v2 integrations subset, read now from `referenceURL`.
    public static func loadReference() throws(OpenAPISchemaError) -> OpenAPIDocument {
        try load(yamlAt: referenceURL)
    }

    /// Reads a YAML OpenAPI document by converting it with python3 + PyYAML.
    public static func load(yamlAt url: URL) throws(OpenAPISchemaError) -> OpenAPIDocument {
        let path = url.standardizedFileURL.path
        guard FileManager.default.isReadableFile(atPath: path) else { throw .fileMissing(path) }
        let script = "import json,sys,yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout, default=str)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .converterUnavailable(String(describing: error))
        }
        // Read before waiting: the JSON is larger than a pipe holds. PyYAML
        // writes to stderr only when it fails, and then stdout is empty.
        let json = output.fileHandleForReading.readDataToEndOfFile()
        let stderrData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: stderrData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw .converterFailed(status: process.terminationStatus, detail: stderr)
        }
        do {
            return OpenAPIDocument(root: try JSONNode(json: json))
        } catch {
            throw .notJSON(String(describing: error))
        }
    }

    // MARK: - Pointers

    /// The node at a JSON pointer into this document (`#/components/schemas/X`;
    /// `~1` is `/`, `~0` is `~`).
    public func node(at pointer: String) throws(OpenAPISchemaError) -> JSONNode {
        guard pointer == "#" || pointer.hasPrefix("#/") else { throw .pointerNotFound(pointer) }
        var node = root
        for token in pointer.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) where pointer != "#" {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch node {
            case .object(let members):
                guard let next = members[key] else { throw .pointerNotFound(pointer) }
                node = next
            case .array(let items):
                guard let index = Int(key), items.indices.contains(index) else { throw .pointerNotFound(pointer) }
                node = items[index]
            default:
                throw .pointerNotFound(pointer)
            }
        }
        return node
    }

    /// The pointer to the schema of a request body: `path` as the document
    /// spells it, the operation (`post`, `put`) and the media type.
    public static func requestBodyPointer(path: String, method: String, mediaType: String) -> String {
        let escape = { (text: String) in
            text.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }
        return "#/paths/\(escape(path))/\(method)/requestBody/content/\(escape(mediaType))/schema"
    }

    // MARK: - Validating

    /// The violations of `body` (JSON bytes) against the schema at `pointer`.
    public func violations(of body: Data, against pointer: String) throws -> [String] {
        let value: JSONNode
        do { value = try JSONNode(json: body) } catch { return ["$: the body is not JSON (\(error))"] }
        return violations(of: value, against: try node(at: pointer), schemaPath: pointer)
    }

    /// The violations of `value` against `schema`, each "JSON path: what is
    /// wrong (schema location)". Empty when it conforms.
    ///
    /// Stricter than the specification in one way, on purpose: a property
    /// the (selected) schema does not declare is a violation even where the
    /// schema leaves `additionalProperties` open, because a client sending
    /// one is sending something Atlas does not document.
    public func violations(of value: JSONNode, against schema: JSONNode, schemaPath: String = "#") -> [String] {
        var found: [String] = []
        check(value, schema, path: "$", schemaPath: schemaPath, strict: true, depth: 0, into: &found)
        return found
    }

    /// Keywords this validator understands; any other (apart from `x-`
    /// extensions) is reported, so an unsupported rule never passes silently.
    static let checkedKeywords: Set<String> = [
        "$ref", "oneOf", "discriminator", "type", "enum", "required", "properties", "nullable",
        "minLength", "maxLength", "pattern", "readOnly", "writeOnly", "items", "minimum", "maximum",
    ]
    static let annotations: Set<String> = ["description", "title", "example", "externalDocs", "format", "default"]

    private func check(
        _ value: JSONNode, _ schemaNode: JSONNode, path: String, schemaPath: String, strict: Bool, depth: Int,
        into found: inout [String]
    ) {
        guard depth < 64 else {
            found.append("\(path): schema nesting too deep at \(schemaPath) (a $ref cycle?)")
            return
        }
        guard case .object(let schema) = schemaNode else {
            found.append("\(path): the schema at \(schemaPath) is not an object")
            return
        }
        for keyword in schema.keys.sorted()
        where !Self.checkedKeywords.contains(keyword) && !Self.annotations.contains(keyword) && !keyword.hasPrefix("x-") {
            found.append("\(path): unsupported schema keyword \(keyword) at \(schemaPath)")
        }

        // OpenAPI 3.0: a $ref replaces its siblings.
        if let reference = schema["$ref"] {
            guard let target = reference.stringValue, let resolved = try? node(at: target) else {
                found.append("\(path): unresolvable $ref \(reference) at \(schemaPath)")
                return
            }
            check(value, resolved, path: path, schemaPath: target, strict: strict, depth: depth + 1, into: &found)
            return
        }

        if value == .null {
            if schema["nullable"] == .bool(true) { return }
            if schema["type"] != nil || schema["enum"] != nil {
                found.append("\(path): null is not allowed (\(schemaPath))")
                return
            }
        }

        if let alternatives = schema["oneOf"] {
            checkOneOf(value, schema, alternatives, path: path, schemaPath: schemaPath, strict: strict, depth: depth,
                       into: &found)
            // The selected alternative declares the properties: the rest of
            // this schema is checked without the unknown-property rule.
            checkKeywords(value, schema, path: path, schemaPath: schemaPath, strict: false, depth: depth, into: &found)
            return
        }
        checkKeywords(value, schema, path: path, schemaPath: schemaPath, strict: strict, depth: depth, into: &found)
    }

    private func checkOneOf(
        _ value: JSONNode, _ schema: [String: JSONNode], _ alternatives: JSONNode, path: String, schemaPath: String,
        strict: Bool, depth: Int, into found: inout [String]
    ) {
        guard let branches = alternatives.arrayValue, !branches.isEmpty else {
            found.append("\(path): oneOf at \(schemaPath) is not a non-empty list")
            return
        }
        if let discriminator = schema["discriminator"] {
            guard let property = discriminator["propertyName"]?.stringValue else {
                found.append("\(path): discriminator without propertyName at \(schemaPath)")
                return
            }
            guard case .object(let members) = value else {
                found.append("\(path): expected an object with \(property), got \(value.typeName) (\(schemaPath))")
                return
            }
            guard let member = members[property] else {
                found.append("\(path): missing discriminator property \(property) (\(schemaPath))")
                return
            }
            guard let name = member.stringValue else {
                found.append("\(path).\(property): discriminator value must be a string, got \(member) (\(schemaPath))")
                return
            }
            guard let target = discriminator["mapping"]?[name]?.stringValue else {
                found.append("\(path).\(property): discriminator value \(member) has no mapping in \(schemaPath)/discriminator")
                return
            }
            guard branches.contains(.object(["$ref": .string(target)])) else {
                found.append("\(path).\(property): discriminator maps \(member) to \(target), which is not one of oneOf (\(schemaPath))")
                return
            }
            check(value, .object(["$ref": .string(target)]), path: path, schemaPath: schemaPath + "/discriminator/mapping/" + name,
                  strict: strict, depth: depth + 1, into: &found)
            return
        }
        var matching: [Int] = []
        var reasons: [String] = []
        for (index, branch) in branches.enumerated() {
            var branchFound: [String] = []
            check(value, branch, path: path, schemaPath: "\(schemaPath)/oneOf/\(index)", strict: strict, depth: depth + 1,
                  into: &branchFound)
            if branchFound.isEmpty { matching.append(index) } else { reasons += branchFound }
        }
        if matching.isEmpty {
            found.append("\(path): matches none of oneOf at \(schemaPath): " + reasons.joined(separator: "; "))
        } else if matching.count > 1 {
            found.append("\(path): matches more than one of oneOf at \(schemaPath) (\(matching))")
        }
    }

    private func checkKeywords(
        _ value: JSONNode, _ schema: [String: JSONNode], path: String, schemaPath: String, strict: Bool, depth: Int,
        into found: inout [String]
    ) {
        if let type = schema["type"] {
            guard let expected = type.stringValue else {
                found.append("\(path): type at \(schemaPath) is not a string")
                return
            }
            let actual = value.typeName
            let fits = actual == expected || (expected == "number" && actual == "integer")
            if !fits {
                found.append("\(path): expected \(expected), got \(actual) \(value) (\(schemaPath))")
                return
            }
        }
        if let allowed = schema["enum"] {
            if let values = allowed.arrayValue {
                if !values.contains(value) {
                    found.append("\(path): \(value) is not one of \(allowed) (\(schemaPath))")
                }
            } else {
                found.append("\(path): enum at \(schemaPath) is not a list")
            }
        }
        switch value {
        case .string(let text):
            checkString(text, schema, path: path, schemaPath: schemaPath, into: &found)
        case .number(let number):
            if let minimum = schema["minimum"], case .number(let limit) = minimum, number < limit {
                found.append("\(path): \(value) is below the minimum \(minimum) (\(schemaPath))")
            }
            if let maximum = schema["maximum"], case .number(let limit) = maximum, number > limit {
                found.append("\(path): \(value) is above the maximum \(maximum) (\(schemaPath))")
            }
        case .array(let items):
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() {
                    check(item, itemSchema, path: "\(path)[\(index)]", schemaPath: schemaPath + "/items", strict: strict,
                          depth: depth + 1, into: &found)
                }
            }
        case .object(let members):
            checkObject(members, schema, path: path, schemaPath: schemaPath, strict: strict, depth: depth, into: &found)
        case .null, .bool:
            break
        }
    }

    private func checkString(
        _ text: String, _ schema: [String: JSONNode], path: String, schemaPath: String, into found: inout [String]
    ) {
        // JSON Schema counts characters as code points.
        let length = text.unicodeScalars.count
        if let limit = schema["maxLength"], case .number(let maximum) = limit, Double(length) > maximum {
            found.append("\(path): \(length) characters, more than maxLength \(limit) (\(schemaPath))")
        }
        if let limit = schema["minLength"], case .number(let minimum) = limit, Double(length) < minimum {
            found.append("\(path): \(length) characters, fewer than minLength \(limit) (\(schemaPath))")
        }
        if let pattern = schema["pattern"] {
            guard let source = pattern.stringValue, let regex = try? NSRegularExpression(pattern: source) else {
                found.append("\(path): pattern \(pattern) at \(schemaPath) does not compile")
                return
            }
            let range = NSRange(text.startIndex..., in: text)
            if regex.firstMatch(in: text, range: range) == nil {
                // The value is often a secret: say its length, not what it is.
                found.append("\(path): a \(length)-character value does not match pattern \(source) (\(schemaPath))")
            }
        }
    }

    private func checkObject(
        _ members: [String: JSONNode], _ schema: [String: JSONNode], path: String, schemaPath: String, strict: Bool,
        depth: Int, into found: inout [String]
    ) {
        if let required = schema["required"] {
            for key in required.arrayValue?.compactMap(\.stringValue) ?? [] where members[key] == nil {
                found.append("\(path): missing required property \(key) (\(schemaPath))")
            }
        }
        let properties = schema["properties"]?.objectValue
        for key in members.keys.sorted() {
            let memberPath = Self.path(path, key)
            guard let propertySchema = properties?[key] else {
                if strict && properties != nil {
                    found.append("\(memberPath): property not declared by \(schemaPath)")
                }
                continue
            }
            let propertyPath = "\(schemaPath)/properties/\(key)"
            if isReadOnly(propertySchema) {
                found.append("\(memberPath): readOnly property must not be sent (\(propertyPath))")
            }
            check(members[key]!, propertySchema, path: memberPath, schemaPath: propertyPath, strict: true,
                  depth: depth + 1, into: &found)
        }
    }

    private func isReadOnly(_ schema: JSONNode) -> Bool {
        if schema["readOnly"] == .bool(true) { return true }
        if let target = schema["$ref"]?.stringValue, let resolved = try? node(at: target) {
            return resolved["readOnly"] == .bool(true)
        }
        return false
    }

    private static func path(_ parent: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || $0 == "_"
        }
        return plain ? "\(parent).\(key)" : "\(parent)[\"\(key)\"]"
    }
}
