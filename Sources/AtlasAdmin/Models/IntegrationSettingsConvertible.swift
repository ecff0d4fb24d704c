/// Typed settings of one integration kind that turn into the request body.
///
/// Every secret in them is a `SecretValue` the operator supplied: there is no
/// initializer that accepts the `MaskedSecret` a read returned.
public protocol IntegrationSettingsConvertible: Sendable, Hashable {
    /// The kind these settings configure.
    static var integrationType: IntegrationType { get }

    /// The POST/PUT body, fields in the order Atlas documents them.
    var integrationSettings: IntegrationSettings { get }
}
