import Foundation

/// OAuth 2.0 client credentials for an Atlas service account.
///
/// The token comes from `{base}/api/oauth/token` (HTTP Basic client
/// authentication) and is reused until shortly before it expires; concurrent
/// calls share one token request. A `401` that is not a missing role drops the
/// token, so the call is sent once more with a new one (an expired or revoked
/// token). `close()` revokes the token, best effort.
actor ServiceAccountAuthenticator: RequestAuthenticator {
    private let clientID: String
    private let clientSecret: SecretValue
    private let tokenURL: URL
    private let revokeURL: URL
    private let executor: RequestExecutor
    private let headers: [String: String]
    private let timeout: Duration
    private let refreshMargin: Duration
    private var token: OAuthToken?
    private var pending: Task<OAuthToken, any Error>?

    init(
        clientID: String, clientSecret: SecretValue, baseURL: URL, executor: RequestExecutor,
        userAgent: String, timeout: Duration, refreshMargin: Duration
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.tokenURL = baseURL.appendingPathComponent("api/oauth/token")
        self.revokeURL = baseURL.appendingPathComponent("api/oauth/revoke")
        self.executor = executor
        self.headers = [
            "Authorization": FormEncoding.basicAuthorization(user: clientID, password: clientSecret),
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
            "User-Agent": userAgent,
        ]
        self.timeout = timeout
        self.refreshMargin = refreshMargin
    }

    func authorization(for request: HTTPRequest) async throws(AtlasError) -> String? {
        try await validToken().authorizationValue
    }

    func recover(from response: HTTPResponse, authorization: String?) async throws(AtlasError) -> Bool {
        if UnauthorizedResponse.isForbidden(response) { return false }
        if let token, token.authorizationValue == authorization {
            self.token = nil
        }
        return true
    }

    nonisolated func finished(_ response: HTTPResponse?, authorization: String?) {}

    func close() async {
        guard let token else { return }
        self.token = nil
        let body = FormEncoding.encode([
            ("token", token.accessToken.clearText), ("token_type_hint", "access_token"),
        ])
        let request = HTTPRequest(
            method: .post, url: revokeURL, headers: headers, body: body, timeout: min(timeout, .seconds(5)))
        _ = try? await executor.exchange(request)
    }

    /// The cached token, or a new one; one token request at a time.
    private func validToken() async throws(AtlasError) -> OAuthToken {
        if let token, token.isUsable(at: executor.clock.now) { return token }
        let task: Task<OAuthToken, any Error>
        if let pending {
            task = pending
        } else {
            task = Task { try await self.requestToken() }
            pending = task
        }
        do {
            let fresh = try await task.value
            if pending == task {
                pending = nil
                token = fresh
            }
            return fresh
        } catch {
            if pending == task { pending = nil }
            throw error as? AtlasError ?? .cancelled
        }
    }

    /// `POST /api/oauth/token` with `grant_type=client_credentials`.
    private func requestToken() async throws(AtlasError) -> OAuthToken {
        let request = HTTPRequest(
            method: .post, url: tokenURL, headers: headers,
            body: FormEncoding.encode([("grant_type", "client_credentials")]), timeout: timeout)
        let response = try await executor.perform(request, safeToRepeat: true, authenticator: nil)
        guard response.isSuccess else {
            throw ResponseDecoder.error(from: response, redacting: [clientSecret])
        }
        let body = try ResponseDecoder.decode(TokenResponse.self, from: response)
        guard !body.accessToken.isEmpty else {
            throw .transport(TransportFailure(
                kind: .malformedBody, status: response.status, detailKey: "failures.detail.noToken"))
        }
        return OAuthToken(
            accessToken: SecretValue(body.accessToken), expiresIn: .seconds(body.expiresIn ?? 3600),
            refreshMargin: refreshMargin, now: executor.clock.now)
    }

    /// `{"access_token": …, "token_type": "Bearer", "expires_in": 3600}`.
    private struct TokenResponse: Decodable {
        var accessToken: String
        var expiresIn: Int?

        private enum CodingKeys: String, CodingKey {
            case accessToken = "access_token"
            case expiresIn = "expires_in"
        }
    }
}
