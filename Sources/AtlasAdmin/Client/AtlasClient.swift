import Foundation

/// A typed client for the parts of the Atlas Administration API v2 that
/// atlas-integrations uses: organizations, projects and third-party
/// integrations.
///
/// Every operation checks its ids before sending, signs with the configured
/// credentials (Digest with nonce reuse, or a cached service-account token),
/// retries what is safe to retry, honours the request timeout and task
/// cancellation, and throws only `AtlasError`. One client is meant to live
/// as long as the program and to be shared; call `close()` at the end to
/// revoke a service-account token.
public final class AtlasClient: Sendable {
    public let configuration: AtlasClientConfiguration
    let executor: RequestExecutor
    let authenticator: (any RequestAuthenticator)?

    /// The media type of every resource this client uses (the only version
    /// Atlas has of them).
    public static let mediaType = "application/vnd.atlas.2023-01-01+json"

    public init(configuration: AtlasClientConfiguration, transport: any HTTPTransport = URLSessionTransport()) {
        self.configuration = configuration
        let executor = RequestExecutor(
            transport: transport, retryPolicy: configuration.retryPolicy, observer: configuration.onExchange,
            clock: ClientClock(configuration.clock))
        self.executor = executor
        switch configuration.credentials {
        case .apiKey(let publicKey, let privateKey)?:
            authenticator = DigestAuthenticator(publicKey: publicKey, privateKey: privateKey)
        case .serviceAccount(let clientID, let clientSecret)?:
            authenticator = ServiceAccountAuthenticator(
                clientID: clientID, clientSecret: clientSecret, baseURL: configuration.baseURL,
                executor: executor, userAgent: configuration.userAgent,
                timeout: configuration.requestTimeout, refreshMargin: configuration.tokenRefreshMargin)
        case nil:
            authenticator = nil
        }
    }

    /// Gives the credentials back: revokes a service-account token (best
    /// effort; errors are ignored) and forgets a Digest nonce.
    public func close() async {
        await authenticator?.close()
    }

    // MARK: - Sending

    /// Sends one API request and returns the successful response, or throws
    /// the decoded error. `secrets` are blanked out of any error message.
    /// Without `waitsOutRateLimit` a `429` is thrown at once, for a caller
    /// that paces its requests itself.
    /// With `freshConnection` even the first attempt goes out on a
    /// connection of its own (see `HTTPRequest.needsFreshConnection`).
    func send(
        _ method: HTTPMethod, _ path: [String], query: [(String, String)] = [], body: Data? = nil,
        secrets: [SecretValue] = [], waitsOutRateLimit: Bool = true, freshConnection: Bool = false
    ) async throws(AtlasError) -> HTTPResponse {
        var headers = ["Accept": Self.mediaType, "User-Agent": configuration.userAgent]
        if body != nil { headers["Content-Type"] = Self.mediaType }
        var request = HTTPRequest(
            method: method, url: url(path, query: query), headers: headers, body: body,
            timeout: configuration.requestTimeout)
        request.needsFreshConnection = freshConnection
        let response = try await executor.perform(
            request, safeToRepeat: method.isIdempotentRead, waitsOutRateLimit: waitsOutRateLimit,
            authenticator: authenticator)
        guard response.isSuccess else {
            throw ResponseDecoder.error(from: response, redacting: secrets)
        }
        return response
    }

    /// `GET` and decode.
    func get<Value: Decodable>(
        _ type: Value.Type, _ path: [String], query: [(String, String)] = [], freshConnection: Bool = false
    ) async throws(AtlasError) -> Value {
        let response = try await send(.get, path, query: query, freshConnection: freshConnection)
        return try ResponseDecoder.decode(Value.self, from: response)
    }

    /// `{base}/api/atlas/v2/{segments…}?{query}`, each segment and query part
    /// percent-encoded.
    func url(_ segments: [String], query: [(String, String)]) -> URL {
        var components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false)
            ?? URLComponents()
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        components.percentEncodedPath = basePath + "/api/atlas/v2"
            + segments.map { "/" + Self.escape($0) }.joined()
        components.percentEncodedQuery = query.isEmpty
            ? nil : query.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&")
        return components.url ?? configuration.baseURL
    }

    /// RFC 3986 unreserved characters stay; everything else is `%XX` (UTF-8).
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let isUnreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
