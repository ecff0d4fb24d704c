/// One field of an integration as Atlas returned it.
public enum IntegrationFieldValue: Sendable, Hashable {
    case text(String)
    /// A secret, as Atlas masks it on read.
    case masked(MaskedSecret)
    case bool(Bool)
    case number(Double)
    case null
    /// Anything else (arrays, objects) kept as it came.
    case other(JSONValue)

    /// A short display form; masked values show only their tail.
    public var displayText: String {
        switch self {
        case .text(let value): value
        case .masked(let secret): secret.masked
        case .bool(let value): value ? "on" : "off"
        case .number(let value): JSONValue.text(of: value)
        case .null: ""
        case .other: "…"
        }
    }
}
