/// What kind of value a field holds; each kind is one widget in the UI.
public enum FieldKind: Sendable, Hashable {
    /// One line of text.
    case text
    /// A key or token: masked as it is typed, sent as a `SettingValue.secret`.
    case secret
    /// An absolute http(s) URL on one line.
    case url
    /// One of the listed values.
    case choice([ChoiceOption])
    /// On or off; sent as a JSON boolean.
    case toggle
    /// A multi-line template (Webhook bodies and headers).
    case template
}

/// A limit Atlas documents for a field, in the unit Atlas counts.
public enum FieldLimit: Sendable, Hashable {
    case characters(Int)
    /// UTF-8 bytes (the Webhook templates' 16 KB and 4 KB).
    case bytes(Int)

    /// The check that enforces it.
    public var validator: Validator {
        switch self {
        case .characters(let count): .maxLength(count)
        case .bytes(let count): .maxBytes(count)
        }
    }
}

/// Other tools that configure the same integrations, whose names for a
/// field the catalog records beside Atlas's JSON key.
public enum OtherTool: String, Sendable, Hashable, CaseIterable {
    /// `mongodbatlas_third_party_integration` attributes.
    case terraform
    /// The Atlas Kubernetes operator's `AtlasThirdPartyIntegration` fields.
    /// A field the operator reads from a `Secret` is named
    /// `secretRefField.secretKey` (`serviceKeySecretRef.serviceKey`): the
    /// member of the type's spec that names the Secret, then the Secret's key.
    case kubernetes
}
