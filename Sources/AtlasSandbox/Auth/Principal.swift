/// The authenticated caller of one API request.
struct Principal: Sendable, Equatable {
    /// Public key or service-account client id.
    var name: String
    var kind: SandboxAuthKind
    /// True for keys that may only read.
    var readOnly: Bool
}
