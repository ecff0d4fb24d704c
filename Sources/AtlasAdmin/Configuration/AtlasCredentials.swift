/// How the client proves who it is to Atlas.
///
/// Service accounts are what Atlas recommends; API keys are the legacy
/// option and use HTTP Digest.
public enum AtlasCredentials: Sendable, Hashable, CustomStringConvertible {
    /// A programmatic API key: the 8-character public key and the private key.
    case apiKey(publicKey: String, privateKey: SecretValue)
    /// A service account: `mdb_sa_id_…` and its secret.
    case serviceAccount(clientID: String, clientSecret: SecretValue)

    /// Which credential this is, naming only its public part.
    public var description: String {
        switch self {
        case .apiKey(let publicKey, _): "API key \(publicKey)"
        case .serviceAccount(let clientID, _): "service account \(clientID)"
        }
    }
}
