import AtlasHashing
import Foundation
import Synchronization

/// HTTP Digest authentication (RFC 7616) with an Atlas API key, done by hand
/// because FoundationNetworking does not do Digest on Linux.
///
/// It keeps the server's nonces and counts `nc` up, so a warm client sends
/// each call once, already signed, instead of being challenged every time
/// (two round trips, which is what the official Go SDK does). When the server
/// answers `401` with a fresh challenge (`stale=true`, an expired or unknown
/// nonce, or the very first call) it takes that challenge and the call is
/// sent once more.
///
/// Servers may insist that `nc` only grows per nonce, and requests sent in
/// parallel can arrive out of order. So each nonce serves one request at a
/// time: a request takes an idle nonce from a small pool and hands it back
/// when its answer arrives. A request that finds none idle goes out unsigned
/// and brings back a new challenge, so the pool grows to the number of
/// requests in flight (page fetches run a few at once) and no further.
/// The pool sits behind a lock.
final class DigestAuthenticator: RequestAuthenticator {
    private struct Lease {
        var challenge: DigestChallenge
        var nonceCount: Int
    }

    private struct State {
        var idle: [Lease] = []
        /// Leases out on a request, by the `Authorization` value they signed.
        var lent: [String: Lease] = [:]
    }

    /// The most nonces kept for reuse.
    static let poolLimit = 16

    private let username: String
    private let password: SecretValue
    private let state = Mutex(State())

    init(publicKey: String, privateKey: SecretValue) {
        self.username = publicKey
        self.password = privateKey
    }

    func authorization(for request: HTTPRequest) async throws(AtlasError) -> String? {
        let clientNonce = SecureRandom.hex(byteCount: 16)
        return state.withLock { state -> String? in
            guard var lease = state.idle.popLast() else { return nil }
            lease.nonceCount += 1
            let header = DigestResponse(
                challenge: lease.challenge, username: username, password: password.clearText,
                method: request.method.rawValue, uri: request.requestTarget,
                nonceCount: lease.nonceCount, clientNonce: clientNonce
            ).headerValue
            state.lent[header] = lease
            return header
        }
    }

    func recover(from response: HTTPResponse, authorization: String?) async throws(AtlasError) -> Bool {
        guard let challenge = DigestChallenge.best(in: response.header("WWW-Authenticate")) else {
            finished(response, authorization: authorization)
            return false
        }
        // Signed, not stale, and Atlas says "not allowed": the nonce was good
        // and a new one cannot help.
        if authorization != nil, !challenge.isStale, UnauthorizedResponse.isForbidden(response) {
            finished(response, authorization: authorization)
            return false
        }
        state.withLock { state in
            if let authorization { state.lent[authorization] = nil }
            state.idle.append(Lease(challenge: challenge, nonceCount: 0))
        }
        return true
    }

    func finished(_ response: HTTPResponse?, authorization: String?) {
        guard let authorization else { return }
        state.withLock { state in
            guard var lease = state.lent.removeValue(forKey: authorization) else { return }
            // RFC 7616 §3.5: the server may hand over the next nonce.
            if let info = response?.header("Authentication-Info"),
               let next = AuthenticationChallenge.parse("Digest " + info).first?.parameters["nextnonce"],
               !next.isEmpty, next != lease.challenge.nonce {
                lease.challenge.nonce = next
                lease.challenge.isStale = false
                lease.nonceCount = 0
            }
            if state.idle.count < Self.poolLimit { state.idle.append(lease) }
        }
    }

    func close() async {
        state.withLock { $0 = State() }
    }
}
