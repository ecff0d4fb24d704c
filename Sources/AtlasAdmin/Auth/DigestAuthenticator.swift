import AtlasHashing
import Foundation

/// HTTP Digest authentication (RFC 7616) with an Atlas API key, done by hand
/// because FoundationNetworking does not do Digest on Linux.
///
/// It keeps the server's nonce and counts `nc` up, so a warm client sends each
/// call once, already signed, instead of being challenged every time (two
/// round trips, which is what the official Go SDK does). When the server
/// answers `401` with a fresh challenge (`stale=true`, an expired or unknown
/// nonce, or the very first call) it takes that challenge and the call is
/// sent once more. The nonce and count sit behind a lock, because parallel
/// page fetches sign requests concurrently and no two may share an `nc`.
final class DigestAuthenticator: RequestAuthenticator {
    private struct State {
        var challenge: DigestChallenge?
        var nonceCount = 0
    }

    private let username: String
    private let password: SecretValue
    private let state = Locked(State())

    init(publicKey: String, privateKey: SecretValue) {
        self.username = publicKey
        self.password = privateKey
    }

    func authorization(for request: HTTPRequest) async throws(AtlasError) -> String? {
        let clientNonce = SecureRandom.hex(byteCount: 16)
        return state.withLock { state -> String? in
            guard let challenge = state.challenge else { return nil }
            state.nonceCount += 1
            return DigestResponse(
                challenge: challenge, username: username, password: password.clearText,
                method: request.method.rawValue, uri: request.requestTarget,
                nonceCount: state.nonceCount, clientNonce: clientNonce
            ).headerValue
        }
    }

    func recover(from response: HTTPResponse, authorization: String?) async throws(AtlasError) -> Bool {
        guard let challenge = DigestChallenge.best(in: response.header("WWW-Authenticate")) else {
            return false
        }
        // Signed, not stale, and Atlas says "not allowed": a new nonce cannot help.
        if authorization != nil, !challenge.isStale, UnauthorizedResponse.isForbidden(response) {
            return false
        }
        state.withLock { state in
            state.challenge = challenge
            state.nonceCount = 0
        }
        return true
    }

    func observe(_ response: HTTPResponse) {
        // RFC 7616 §3.5: the server may hand over the next nonce on success.
        guard let info = response.header("Authentication-Info"),
              let next = AuthenticationChallenge.parse("Digest " + info).first?.parameters["nextnonce"],
              !next.isEmpty
        else { return }
        state.withLock { state in
            guard var challenge = state.challenge, challenge.nonce != next else { return }
            challenge.nonce = next
            challenge.isStale = false
            state.challenge = challenge
            state.nonceCount = 0
        }
    }

    func close() async {
        state.withLock { $0 = State() }
    }
}
