import Foundation

/// Decides who sent an API request, or builds the 401 that tells the
/// client how to authenticate.
///
/// A request without credentials, with wrong ones, or with a replayed
/// nonce count gets Atlas's 401 with Digest challenges for SHA-256 and MD5;
/// a correct response on an expired nonce gets the same with `stale=true`;
/// a bad bearer token gets a `Bearer` challenge naming `invalid_token`.
struct Authenticator: Sendable {
    let digest: DigestAuthenticator
    let tokens: TokenIssuer

    /// The principal, or the 401 to send.
    func authenticate(authorization: String?, method: String, target: String) -> Result<Principal, ApiFailure> {
        guard let authorization, let space = authorization.firstIndex(of: " ") else {
            return .failure(challenge(stale: false))
        }
        let scheme = authorization[..<space].lowercased()
        let credentials = authorization[authorization.index(after: space)...]
        switch scheme {
        case "digest":
            let parameters = AuthParameters.parse(credentials)
            switch digest.verify(parameters, method: method, target: target) {
            case .accepted(let key):
                return .success(Principal(name: key.publicKey, kind: .digest, readOnly: key.readOnly))
            case .stale:
                return .failure(challenge(stale: true))
            case .rejected:
                return .failure(challenge(stale: false))
            }
        case "bearer":
            let token = credentials.trimmingWhitespace()
            guard let clientID = tokens.clientID(for: token) else {
                var failure = ApiFailure.unauthorized
                failure.headers = [("WWW-Authenticate", "Bearer realm=\"\(DigestAuthenticator.realm)\", error=\"invalid_token\"")]
                return .failure(failure)
            }
            return .success(Principal(name: clientID, kind: .bearer, readOnly: false))
        default:
            return .failure(challenge(stale: false))
        }
    }

    private func challenge(stale: Bool) -> ApiFailure {
        var failure = ApiFailure.unauthorized
        failure.headers = digest.challenge(stale: stale).map { ("WWW-Authenticate", $0) }
        return failure
    }

    /// The client id and secret of an `Authorization: Basic` header.
    static func basicCredentials(_ authorization: String?) -> (id: String, secret: String)? {
        guard let authorization, authorization.lowercased().hasPrefix("basic "),
              let data = Data(base64Encoded: String(authorization.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":") else { return nil }
        let id = String(text[..<colon]).removingPercentEncoding ?? String(text[..<colon])
        let secretText = String(text[text.index(after: colon)...])
        return (id, secretText.removingPercentEncoding ?? secretText)
    }
}
