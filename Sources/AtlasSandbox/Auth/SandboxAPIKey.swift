/// A programmatic API key the sandbox accepts with HTTP Digest.
///
/// A read-only key may read everything but gets Atlas's 401
/// `USER_UNAUTHORIZED` on writes, so clients can exercise that path.
public struct SandboxAPIKey: Sendable, Equatable {
    public var publicKey: String
    public var privateKey: String
    public var readOnly: Bool

    public init(publicKey: String, privateKey: String, readOnly: Bool = false) {
        self.publicKey = publicKey
        self.privateKey = privateKey
        self.readOnly = readOnly
    }

    /// The documented demo key (Project Owner).
    public static let demo = SandboxAPIKey(
        publicKey: "sandboxk", privateKey: "5a2f0d8e-0c1b-4e7a-9d3f-6b8a1c2e4f70", readOnly: false
    )

    /// The documented read-only demo key (Project Read Only).
    public static let demoReadOnly = SandboxAPIKey(
        publicKey: "sandboxr", privateKey: "9c4e2b1a-7d3f-4a6b-8e0c-1f2a3b4c5d6e", readOnly: true
    )
}
