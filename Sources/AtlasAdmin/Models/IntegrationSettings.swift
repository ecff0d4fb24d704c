/// The body of a create (POST) or update (PUT) of one integration: its type
/// and the fields to send, in a stable order.
///
/// The per-kind typed settings (`DatadogSettings`, …) and the UI's forms both
/// produce this; it is what the client encodes.
public struct IntegrationSettings: Sendable, Hashable, Encodable {
    public var type: IntegrationType
    public var fields: [(key: String, value: SettingValue)] {
        get { storage }
        set { storage = newValue }
    }
    private var storage: [(key: String, value: SettingValue)]

    public init(type: IntegrationType, fields: [(key: String, value: SettingValue)]) {
        self.type = type
        self.storage = fields.filter { $0.key != "type" }
    }

    public subscript(key: String) -> SettingValue? {
        storage.first { $0.key == key }?.value
    }

    /// Secrets whose text looks masked (holds `*`): sending them would replace
    /// a working key with stars, so the client refuses before any request.
    public var keysOfMaskedLookingSecrets: [String] {
        storage.compactMap { entry in
            if case .secret(let value) = entry.value, value.looksMasked { return entry.key }
            return nil
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
