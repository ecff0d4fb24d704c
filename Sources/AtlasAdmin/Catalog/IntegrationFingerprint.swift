/// What tells one configured integration of a type from another, as far as
/// a read shows: every field of the type's catalog entry that Atlas returns,
/// in form order, a masked key by its last four characters (a masked URL
/// whole: its host is clear), clear values as they are. Write-only fields
/// (Prometheus's password) and keys the catalog does not document are left
/// out: a read cannot tell them apart.
///
/// Two projects whose integrations of a type have equal fingerprints send
/// to the same place as far as anyone reading the project can see; the
/// fleet matrix groups a column's cells by it to find the odd ones out.
public struct IntegrationFingerprint: Sendable, Hashable, Comparable {
    /// One field as it distinguishes the integration.
    public struct Part: Sendable, Hashable {
        /// The JSON key.
        public var key: String
        /// The catalog's label ("Service key").
        public var label: String
        /// `****0022`, `https://example.com/****2101`, `US`, `on`.
        public var value: String
        /// Whether Atlas masks the field (the value is what is left visible).
        public var isMasked: Bool
        /// Whether the field is one of fixed choices (a region).
        public var isChoice: Bool
        /// Whether the value is a toggle's (`on`/`off`).
        public var isFlag: Bool
    }

    public let type: IntegrationType
    public let parts: [Part]

    public init(type: IntegrationType, parts: [Part]) {
        self.type = type
        self.parts = parts
    }

    /// The fingerprint of what Atlas returned.
    public init(_ integration: Integration) {
        let entry = IntegrationCatalog.entry(for: integration.type)
        var parts: [Part] = []
        if entry.fields.isEmpty {
            // A kind this build does not know: every field it came with.
            for key in integration.fields.keys.sorted() {
                guard let value = integration.fields[key], let text = Self.text(value, readBack: nil) else { continue }
                parts.append(Part(key: key, label: key, value: text, isMasked: value.isMasked, isChoice: false,
                                  isFlag: value.isFlag))
            }
        }
        for field in entry.fields where field.readBack != .writeOnly {
            guard let value = integration.fields[field.key], let text = Self.text(value, readBack: field.readBack),
                  !text.isEmpty else { continue }
            let isChoice = if case .choice = field.kind { true } else { false }
            parts.append(Part(key: field.key, label: field.label, value: text, isMasked: value.isMasked,
                              isChoice: isChoice, isFlag: value.isFlag))
        }
        self.init(type: integration.type, parts: parts)
    }

    private static func text(_ value: IntegrationFieldValue, readBack: ReadBack?) -> String? {
        switch value {
        case .masked(let secret):
            return readBack == .maskedURL || secret.masked.contains("://") ? secret.masked : secret.short
        case .text(let text): return text
        case .bool(let flag): return flag ? "on" : "off"
        case .number: return value.displayText
        case .null, .other: return nil
        }
    }

    /// The part a narrow cell shows: the last four characters of the first
    /// masked field (the key or URL that says where alerts go), else the
    /// first clear text (Prometheus's user name); nil when there is neither.
    public var headline: String? {
        if let masked = parts.first(where: \.isMasked) {
            return String(masked.value.reversed().prefix { $0 != "*" }.reversed().suffix(4))
        }
        return parts.first { !$0.isChoice && !$0.isFlag }?.value
    }

    /// The first choice (the region, or Prometheus's service discovery).
    public var qualifier: String? {
        parts.first(where: \.isChoice)?.value
    }

    /// A stable order (for ties between equally common values): part by part.
    public static func < (lhs: IntegrationFingerprint, rhs: IntegrationFingerprint) -> Bool {
        let left = lhs.parts.map { [$0.key, $0.value] }
        let right = rhs.parts.map { [$0.key, $0.value] }
        return left.lexicographicallyPrecedes(right) { $0.lexicographicallyPrecedes($1) }
    }
}

extension IntegrationFieldValue {
    /// Whether Atlas masked this value.
    public var isMasked: Bool {
        if case .masked = self { return true }
        return false
    }

    /// Whether this value is a toggle's.
    public var isFlag: Bool {
        if case .bool = self { return true }
        return false
    }
}
