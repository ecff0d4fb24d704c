/// One field of an integration as the operator sets it, ready to send.
///
/// There is no case for a `MaskedSecret`: what Atlas masked cannot be sent
/// back, by construction, and `IntegrationSettings` refuses text shaped like
/// it in any field Atlas masks.
public enum SettingValue: Sendable, Hashable, Encodable {
    case text(String)
    case secret(SecretValue)
    case bool(Bool)
    case null

    /// The text of a text or secret value.
    public var text: String? {
        switch self {
        case .text(let value): value
        case .secret(let value): value.clearText
        case .bool, .null: nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .secret(let value): try container.encode(value.clearText)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}
