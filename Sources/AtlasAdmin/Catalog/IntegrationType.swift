/// The name of a kind of third-party integration, as Atlas spells it in
/// paths and in a body's `type` field (`PAGER_DUTY`).
///
/// It is a name, not a closed list: what the product knows about each kind
/// is its `IntegrationCatalog` entry, and a kind Atlas adds later decodes as
/// a type with no entry, so it can still be listed and deleted, never a
/// decode failure.
public struct IntegrationType: Hashable, Sendable, Comparable, RawRepresentable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Whether the catalog has an entry for this kind.
    public var isKnown: Bool { IntegrationCatalog.known(self) != nil }

    /// The name operators know the service by (the raw name for an unknown kind).
    public var displayName: String { IntegrationCatalog.entry(for: self).displayName }

    /// Every kind the catalog knows, in the order the product lists them.
    public static var known: [IntegrationType] { IntegrationCatalog.entries.map(\.type) }

    /// Catalog order first, then unknown kinds by name.
    public static func < (lhs: IntegrationType, rhs: IntegrationType) -> Bool {
        let order = { (type: IntegrationType) in IntegrationCatalog.position(of: type) ?? Int.max }
        return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
    }
}

extension IntegrationType: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension IntegrationType: CustomStringConvertible {
    public var description: String { rawValue }
}
