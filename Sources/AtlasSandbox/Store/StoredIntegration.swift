/// One configured third-party integration, with its secrets in clear.
///
/// Secrets are stored as sent and masked only when rendered, exactly as
/// Atlas does: the client can never read them back, but the sandbox can
/// compare a re-sent value with the stored one (Slack reconfiguration).
struct StoredIntegration: Sendable, Codable, Equatable {
    var id: String
    var type: IntegrationType
    var fields: [String: JSONValue]
}
