import Foundation

/// `POST /api/oauth/token` (client credentials grant) and
/// `POST /api/oauth/revoke`, both with HTTP Basic client authentication.
///
/// Errors use the OAuth 2.0 shape (`{"error": "invalid_client", …}`,
/// RFC 6749 §5.2), since these endpoints are not part of the Admin API.
enum OAuthRoutes {
    @Sendable
    static func token(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let form = FormBody.parse(context.body)
        guard let account = client(context, form: form, core: core) else { return invalidClient }
        guard let grant = form["grant_type"] else {
            return oauthError(400, "invalid_request", "grant_type is required")
        }
        guard grant == "client_credentials" else {
            return oauthError(400, "unsupported_grant_type", "only client_credentials is supported")
        }
        let issuer = core.authenticator.tokens
        let token = issuer.issue(for: account)
        var response = SandboxResponse.json(.object([
            "access_token": .string(token),
            "expires_in": .int(Int(issuer.lifetime.components.seconds)),
            "token_type": .string("Bearer"),
        ]))
        response.headers = [("Cache-Control", "no-store")]
        return response
    }

    @Sendable
    static func revoke(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        let form = FormBody.parse(context.body)
        guard let account = client(context, form: form, core: core) else { return invalidClient }
        guard let token = form["token"], !token.isEmpty else {
            return oauthError(400, "invalid_request", "token is required")
        }
        core.authenticator.tokens.revoke(token, clientID: account.clientID)
        return SandboxResponse(status: 200, body: .none)
    }

    private static func client(_ context: RequestContext, form: [String: String], core: SandboxCore) -> SandboxServiceAccount? {
        let tokens = core.authenticator.tokens
        if let basic = Authenticator.basicCredentials(context.authorization) {
            return tokens.account(clientID: basic.id, secret: basic.secret)
        }
        guard let id = form["client_id"], let secret = form["client_secret"] else { return nil }
        return tokens.account(clientID: id, secret: secret)
    }

    /// 401 `invalid_client`, deliberately without a `WWW-Authenticate:
    /// Basic` challenge: on Linux, URLSession answers such a challenge on a
    /// POST by waiting forever for credentials, and Atlas's own header here
    /// is not documented.
    private static var invalidClient: SandboxResponse {
        oauthError(401, "invalid_client", "client authentication failed")
    }

    private static func oauthError(_ status: Int, _ code: String, _ description: String) -> SandboxResponse {
        .json(.object(["error": .string(code), "error_description": .string(description)]), status: status)
    }
}
