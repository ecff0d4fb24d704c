import AtlasAdmin

/// Everything the product knows about one integration kind's form: adding
/// a kind is adding one of these, not writing a screen.
public struct FormSpec: Sendable, Hashable {
    public var type: IntegrationType
    /// One line for the menu: what the integration does or why it is limited.
    public var summary: String
    public var availability: FormAvailability
    public var fields: [FieldSpec]

    public init(type: IntegrationType, summary: String, availability: FormAvailability, fields: [FieldSpec]) {
        self.type = type
        self.summary = summary
        self.availability = availability
        self.fields = fields
    }

    public func field(_ key: String) -> FieldSpec? {
        fields.first { $0.key == key }
    }
}
