/// A service account the sandbox's OAuth token endpoint accepts
/// (client credentials grant, Basic client authentication).
public struct SandboxServiceAccount: Sendable, Equatable {
    public var clientID: String
    public var clientSecret: String

    public init(clientID: String, clientSecret: String) {
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    /// The documented demo service account.
    public static let demo = SandboxServiceAccount(
        clientID: "mdb_sa_id_5f0a1b2c3d4e5f6a7b8c9d0e", clientSecret: "mdb_sa_sk_sandbox0demo0secret0do0not0use"
    )
}
