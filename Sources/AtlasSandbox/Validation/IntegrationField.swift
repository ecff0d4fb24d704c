/// One property of an integration type's schema.
///
/// The schema table is data (`IntegrationSchema`), so validation and
/// rendering are one code path for every type.
struct IntegrationField: Sendable {
    /// What values the property accepts.
    enum Kind: Sendable {
        case string(maxLength: Int? = nil)
        /// A Webhook template: Atlas's limit is in UTF-8 bytes (16 KB, 4 KB).
        case template(maxBytes: Int)
        case boolean
        case enumeration([String])
        /// 32 hexadecimal digits, checked with the type's own error code.
        case hexKey32(ApiFailure)
        /// 40 lower-case hexadecimal digits (New Relic ids).
        case hex40
        /// An absolute http(s) URL, else `INVALID_URL`.
        case url
    }

    var name: String
    var kind: Kind
    var required = false
    /// Whether `null` is an accepted value (the spec's `nullable`).
    var nullable = false
    var masking: Masking.Style = .clear
    /// Stored when the client leaves the property out.
    var defaultValue: JSONValue?
    /// Rendered as `null` when unset instead of being left out (as Atlas
    /// does for Webhook templates and Datadog's `customEndpoint`).
    var rendersNullWhenUnset = false
}
