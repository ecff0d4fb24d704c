/// A service-account access token and when to stop using it.
struct OAuthToken: Sendable, Hashable {
    var accessToken: SecretValue
    /// When the client fetches a new one (on the client's clock): some time
    /// before Atlas's expiry, so that a token never runs out between
    /// signing and arrival.
    var renewAt: Duration

    /// Atlas's `expires_in` is normally 3600 s; the token is used until
    /// `refreshMargin` before that, or until half its life for a very short
    /// token (so that a test server's 2-second token is still reused).
    init(accessToken: SecretValue, expiresIn: Duration, refreshMargin: Duration, now: Duration) {
        self.accessToken = accessToken
        let lifetime = max(expiresIn - refreshMargin, expiresIn / 2)
        self.renewAt = now + lifetime
    }

    func isUsable(at now: Duration) -> Bool {
        now < renewAt
    }

    var authorizationValue: String { "Bearer " + accessToken.clearText }
}
