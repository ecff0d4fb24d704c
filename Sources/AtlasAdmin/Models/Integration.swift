/// One configured integration of a project, as Atlas returns it.
///
/// Decoding is lenient on purpose: unknown keys are kept, `null` is a value,
/// and an integration kind this build does not know decodes as a type
/// without a catalog entry rather than failing the whole project's list. Fields that
/// Atlas masks come back as `.masked`, so a read value can never be re-sent.
public struct Integration: Sendable, Hashable, Decodable {
    public var type: IntegrationType
    /// Atlas's id; it may change on update, so the product keys on `type`.
    public var id: String?
    /// Every other field, by its JSON key.
    public var fields: [String: IntegrationFieldValue]

    public init(type: IntegrationType, id: String?, fields: [String: IntegrationFieldValue]) {
        self.type = type
        self.id = id
        self.fields = fields
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: JSONValue].self)
        self.init(raw: raw)
    }

    /// Builds an integration from a decoded JSON object.
    public init(raw: [String: JSONValue]) {
        let type = IntegrationType(rawValue: raw["type"]?.stringValue ?? "")
        let entry = IntegrationCatalog.entry(for: type)
        var fields: [String: IntegrationFieldValue] = [:]
        for (key, value) in raw where key != "type" && key != "id" {
            switch value {
            case .string(let text):
                // A field the catalog says Atlas hides, or any value shaped
                // like what Atlas masks (a kind or field this build does not know).
                if entry.field(key)?.readBack.hidesValue == true || MaskedShape.matches(text) {
                    fields[key] = .masked(MaskedSecret(masked: text))
                } else {
                    fields[key] = .text(text)
                }
            case .bool(let flag): fields[key] = .bool(flag)
            case .number(let number): fields[key] = .number(number)
            case .null: fields[key] = .null
            case .array, .object: fields[key] = .other(value)
            }
        }
        self.init(type: type, id: raw["id"]?.stringValue, fields: fields)
    }

    public func text(_ key: String) -> String? {
        if case .text(let value)? = fields[key] { return value }
        return nil
    }

    public func bool(_ key: String) -> Bool? {
        if case .bool(let value)? = fields[key] { return value }
        return nil
    }

    public func masked(_ key: String) -> MaskedSecret? {
        if case .masked(let value)? = fields[key] { return value }
        return nil
    }
}
