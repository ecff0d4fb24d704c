/// The body of a create (POST) or update (PUT) of one integration: its type
/// and the fields to send, in a stable order.
///
/// The only way to make one is the checking initializer, which holds every
/// field against the type's catalog entry, so no value of this type carries
/// a masked copy Atlas returned, a field Atlas would not take, or a type
/// this product cannot write. The client encodes nothing else, so no request
/// body can carry them either.
public struct IntegrationSettings: Sendable, Hashable, Encodable {
    public let type: IntegrationType
    public var fields: [(key: String, value: SettingValue)] { storage }
    private let storage: [(key: String, value: SettingValue)]

    /// Settings of `type` with `fields` in this order; `type` itself is not a field.
    public init(type: IntegrationType, fields: [(key: String, value: SettingValue)]) throws(SettingsRefusal) {
        let entry = IntegrationCatalog.entry(for: type)
        guard entry.isCreatable else { throw SettingsRefusal(type: type, field: nil, reason: .typeNotWritable) }
        var seen = Set<String>()
        for (key, value) in fields {
            guard let field = entry.field(key) else { throw SettingsRefusal(type: type, field: key, reason: .unknownField) }
            guard field.isWritable else { throw SettingsRefusal(type: type, field: key, reason: .notWritable) }
            guard seen.insert(key).inserted else { throw SettingsRefusal(type: type, field: key, reason: .repeated) }
            switch (field.kind, value) {
            case (.toggle, .bool), (.toggle, .null): break
            case (.toggle, _): throw SettingsRefusal(type: type, field: key, reason: .wrongKind)
            case (_, .bool): throw SettingsRefusal(type: type, field: key, reason: .wrongKind)
            default: break
            }
            if field.readBack.isMasked, let text = value.text, MaskedShape.matches(text) {
                throw SettingsRefusal(type: type, field: key, reason: .maskedValue)
            }
        }
        self.type = type
        self.storage = fields
    }

    /// Settings from key–value pairs, for callers that build them in code.
    public init(_ type: IntegrationType, _ fields: KeyValuePairs<String, SettingValue>) throws(SettingsRefusal) {
        try self.init(type: type, fields: fields.map { ($0.key, $0.value) })
    }

    public subscript(key: String) -> SettingValue? {
        storage.first { $0.key == key }?.value
    }

    /// The values a read never shows (masked or write-only fields, and
    /// secrets): kept out of any message about this request.
    public var hiddenValues: [SecretValue] {
        let entry = IntegrationCatalog.entry(for: type)
        return storage.compactMap { key, value in
            guard let text = value.text, !text.isEmpty else { return nil }
            let hidden = entry.field(key).map { $0.readBack.hidesValue || $0.isConcealed } ?? true
            if case .secret(let secret) = value { return secret }
            return hidden ? SecretValue(text) : nil
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(type.rawValue, forKey: Key(stringValue: "type"))
        for entry in storage {
            try container.encode(entry.value, forKey: Key(stringValue: entry.key))
        }
    }

    public static func == (lhs: IntegrationSettings, rhs: IntegrationSettings) -> Bool {
        lhs.type == rhs.type && lhs.storage.map(\.key) == rhs.storage.map(\.key)
            && lhs.storage.map(\.value) == rhs.storage.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        for entry in storage {
            hasher.combine(entry.key)
            hasher.combine(entry.value)
        }
    }
}

/// Why settings could not be made: the field (if one) and the reason, in
/// words an operator can act on.
public struct SettingsRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public var type: IntegrationType
    public var field: String?
    public var reason: Reason

    public enum Reason: Sendable, Hashable {
        /// What a read returned for a masked field, or something shaped like it.
        case maskedValue
        /// The type has no such field.
        case unknownField
        /// The API does not let this product set the field.
        case notWritable
        /// The type cannot be created or changed from here.
        case typeNotWritable
        /// A toggle given text, or text given a boolean.
        case wrongKind
        /// The same field twice.
        case repeated
    }

    public var description: String {
        let entry = IntegrationCatalog.entry(for: type)
        let label = field.map { entry.field($0)?.label ?? $0 } ?? ""
        switch reason {
        case .maskedValue: return MaskedShape.refusal(of: field.flatMap { entry.field($0)?.noun } ?? label)
        case .unknownField: return tr("checks.settings.unknownField", entry.displayName, label)
        case .notWritable: return tr("checks.settings.notWritable", label)
        case .typeNotWritable: return entry.limitation?.reason ?? tr("apply.refusal.notwritable", entry.displayName)
        case .wrongKind: return tr("checks.settings.wrongKind", label)
        case .repeated: return tr("checks.settings.repeated", label)
        }
    }
}
