/// What the operator sends to replace a New Relic integration.
///
/// Kept for completeness: New Relic ended this plugin in 2021, and the product
/// does not offer to create one.
public struct NewRelicSettings: IntegrationSettingsConvertible {
    public static let integrationType = IntegrationType.newRelic

    /// 40 lower-case hex digits.
    public var accountId: String
    /// 40 lower-case hex digits.
    public var licenseKey: SecretValue
    public var readToken: SecretValue
    public var writeToken: SecretValue

    public init(accountId: String, licenseKey: SecretValue, readToken: SecretValue, writeToken: SecretValue) {
        self.accountId = accountId
        self.licenseKey = licenseKey
        self.readToken = readToken
        self.writeToken = writeToken
    }

    public var integrationSettings: IntegrationSettings {
        IntegrationSettings(type: Self.integrationType, fields: [
            ("accountId", .text(accountId)),
            ("licenseKey", .secret(licenseKey)),
            ("readToken", .secret(readToken)),
            ("writeToken", .secret(writeToken)),
        ])
    }
}
