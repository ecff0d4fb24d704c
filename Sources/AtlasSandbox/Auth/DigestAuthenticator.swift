import AtlasHashing
import Foundation
import Synchronization

/// HTTP Digest authentication for API keys (RFC 7616), as Atlas offers it:
/// realm `MMS Public API`, `qop=auth`, MD5 or SHA-256.
///
/// Each challenge carries a fresh nonce. A nonce is valid for the configured
/// lifetime; an older (or forcibly expired) nonce with an otherwise correct
/// response is answered with `stale=true` so clients retry without asking
/// the user again. The nonce count `nc` must grow with every use of a nonce;
/// a repeated or smaller count is a replay and is refused.
final class DigestAuthenticator: Sendable {
    static let realm = "MMS Public API"

    /// The result of checking one `Authorization: Digest` header.
    enum Outcome: Sendable, Equatable {
        case accepted(SandboxAPIKey)
        /// Correct credentials on an expired or unknown nonce.
        case stale
        case rejected(reason: String)
    }

    private struct NonceRecord {
        var issued: Duration
        var highestCount: UInt64 = 0
        var forcedExpired = false
    }

    private let keys: [SandboxAPIKey]
    private let lifetime: Duration
    private let clock: SandboxClock
    private let opaque = SecureRandom.hex(byteCount: 16)
    private let nonces = Mutex<[String: NonceRecord]>([:])

    init(keys: [SandboxAPIKey], nonceLifetime: Duration, clock: SandboxClock) {
        self.keys = keys
        self.lifetime = nonceLifetime
        self.clock = clock
    }

    /// `WWW-Authenticate` values offering SHA-256 then MD5 on one new nonce.
    func challenge(stale: Bool) -> [String] {
        let nonce = SecureRandom.hex(byteCount: 16)
        let now = clock.now
        nonces.withLock { table in
            if table.count > 50_000 {
                table = table.filter { now - $0.value.issued < lifetime && !$0.value.forcedExpired }
            }
            table[nonce] = NonceRecord(issued: now)
        }
        return [DigestAlgorithm.sha256, .md5].map { algorithm in
            "Digest realm=\"\(Self.realm)\", domain=\"\", nonce=\"\(nonce)\", opaque=\"\(opaque)\", "
                + "algorithm=\(algorithm.rawValue), qop=\"auth\", stale=\(stale ? "true" : "false")"
        }
    }

    /// Marks every outstanding nonce expired (fault injection).
    func expireAllNonces() {
        nonces.withLock { table in
            for key in table.keys { table[key]?.forcedExpired = true }
        }
    }

    /// Checks the parameters of an `Authorization: Digest` header.
    func verify(_ parameters: [String: String], method: String, target: String) -> Outcome {
        guard let username = parameters["username"], let key = keys.first(where: { $0.publicKey == username }) else {
            return .rejected(reason: "unknown API key")
        }
        guard parameters["realm"] == Self.realm else { return .rejected(reason: "wrong realm") }
        guard let algorithm = DigestAlgorithm(headerValue: parameters["algorithm"]) else {
            return .rejected(reason: "unsupported algorithm")
        }
        guard parameters["qop"]?.lowercased() == "auth",
              let nonce = parameters["nonce"], let uri = parameters["uri"], let response = parameters["response"],
              let cnonce = parameters["cnonce"], !cnonce.isEmpty,
              let ncText = parameters["nc"], let count = UInt64(ncText, radix: 16) else {
            return .rejected(reason: "incomplete credentials")
        }
        guard Self.uri(uri, matches: target) else { return .rejected(reason: "uri does not match the request") }
        let ha1 = algorithm.hex("\(username):\(Self.realm):\(key.privateKey)")
        let ha2 = algorithm.hex("\(method):\(uri)")
        let expected = algorithm.hex("\(ha1):\(nonce):\(ncText):\(cnonce):auth:\(ha2)")
        guard Self.constantTimeEqual(expected, response.lowercased()) else {
            return .rejected(reason: "wrong private key")
        }
        let now = clock.now
        return nonces.withLock { table -> Outcome in
            guard var record = table[nonce], !record.forcedExpired, now - record.issued < lifetime else {
                return .stale
            }
            guard count > record.highestCount else { return .rejected(reason: "nonce count replayed") }
            record.highestCount = count
            table[nonce] = record
            return .accepted(key)
        }
    }

    /// Whether the digest `uri` names the request target (raw, or equal
    /// once percent-decoding is applied to both).
    static func uri(_ uri: String, matches target: String) -> Bool {
        if uri == target { return true }
        return (uri.removingPercentEncoding ?? uri) == (target.removingPercentEncoding ?? target)
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
