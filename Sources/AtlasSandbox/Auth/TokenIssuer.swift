import AtlasHashing
import Synchronization

/// OAuth 2.0 access tokens for service accounts (client credentials grant).
///
/// Tokens are opaque random strings valid for the configured lifetime
/// (Atlas: one hour) until revoked. There is no refresh token: clients ask
/// for a new token, as with Atlas.
final class TokenIssuer: Sendable {
    private struct TokenRecord {
        var clientID: String
        var expires: Duration
        var revoked = false
    }

    let lifetime: Duration
    private let accounts: [SandboxServiceAccount]
    private let clock: SandboxClock
    private let tokens = Mutex<[String: TokenRecord]>([:])

    init(accounts: [SandboxServiceAccount], lifetime: Duration, clock: SandboxClock) {
        self.accounts = accounts
        self.lifetime = lifetime
        self.clock = clock
    }

    /// The service account with these client credentials, if any.
    func account(clientID: String, secret: String) -> SandboxServiceAccount? {
        accounts.first { $0.clientID == clientID && DigestAuthenticator.constantTimeEqual($0.clientSecret, secret) }
    }

    /// A new access token for `account`.
    func issue(for account: SandboxServiceAccount) -> String {
        let token = "sbx_at_" + SecureRandom.hex(byteCount: 32)
        let now = clock.now
        tokens.withLock { table in
            if table.count > 50_000 { table = table.filter { $0.value.expires > now && !$0.value.revoked } }
            table[token] = TokenRecord(clientID: account.clientID, expires: now + lifetime)
        }
        return token
    }

    /// The client id a live token belongs to; nil if unknown, expired or revoked.
    func clientID(for token: String) -> String? {
        let now = clock.now
        return tokens.withLock { table in
            guard let record = table[token], !record.revoked, record.expires > now else { return nil }
            return record.clientID
        }
    }

    /// Revokes `token` if it belongs to `clientID` (RFC 7009: unknown tokens are ignored).
    func revoke(_ token: String, clientID: String) {
        tokens.withLock { table in
            if table[token]?.clientID == clientID { table[token]?.revoked = true }
        }
    }

    /// Expires every token now (fault injection).
    func expireAll() {
        let now = clock.now
        tokens.withLock { table in
            for key in table.keys { table[key]?.expires = now }
        }
    }
}
