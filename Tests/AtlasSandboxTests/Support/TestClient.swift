import AtlasHashing
@testable import AtlasSandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Talks to a sandbox over real loopback HTTP with URLSession, doing the
/// Digest round trip itself (two requests per call, as Atlas's clients do).
struct TestClient: Sendable {
    enum Credentials: Sendable {
        case none
        case digest(SandboxAPIKey, algorithm: String = "MD5")
        case bearer(String)
        case basic(String, String)
    }

    static let versioned = "application/vnd.atlas.2023-01-01+json"

    let baseURL: URL
    let session: URLSession

    init(baseURL: URL) {
        self.baseURL = baseURL
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        configuration.urlCredentialStorage = nil
        session = URLSession(configuration: configuration)
    }

    /// Sends `method path` (path may include a raw query), authenticating as asked.
    func send(
        _ method: String, _ path: String, body: String? = nil,
        as credentials: Credentials = .digest(.demo),
        accept: String? = TestClient.versioned, contentType: String? = nil,
        headers: [String: String] = [:]
    ) async throws -> TestResponse {
        var extra = headers
        if let accept { extra["Accept"] = accept }
        if body != nil { extra["Content-Type"] = contentType ?? Self.versioned }
        switch credentials {
        case .none:
            return try await raw(method, path, body: body, headers: extra)
        case .bearer(let token):
            extra["Authorization"] = "Bearer \(token)"
            return try await raw(method, path, body: body, headers: extra)
        case .basic(let user, let password):
            extra["Authorization"] = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
            return try await raw(method, path, body: body, headers: extra)
        case .digest(let key, let algorithm):
            let first = try await raw(method, path, body: body, headers: extra)
            guard first.status == 401, let header = first.header("WWW-Authenticate"),
                  let challenge = TestDigest.challenges(in: header).first(where: { $0.algorithm == algorithm }) else {
                return first
            }
            extra["Authorization"] = TestDigest.authorization(
                username: key.publicKey, password: key.privateKey, method: method, uri: path, challenge: challenge
            )
            return try await raw(method, path, body: body, headers: extra)
        }
    }

    /// One HTTP request, exactly as given.
    func raw(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) async throws -> TestResponse {
        guard let url = URL(string: baseURL.absoluteString + path) else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name] = value }
        }
        return TestResponse(status: http.statusCode, headers: fields, body: data)
    }

    /// A 401 challenge for `path`, parsed.
    func challenge(_ path: String = "/api/atlas/v2/groups") async throws -> [TestDigest.Challenge] {
        let response = try await raw("GET", path, headers: ["Accept": Self.versioned])
        return TestDigest.challenges(in: response.header("WWW-Authenticate") ?? "")
    }

    /// An OAuth access token for `account`.
    func token(for account: SandboxServiceAccount = .demo) async throws -> String {
        let response = try await send(
            "POST", "/api/oauth/token", body: "grant_type=client_credentials",
            as: .basic(account.clientID, account.clientSecret), accept: "application/json",
            contentType: "application/x-www-form-urlencoded"
        )
        return response.json["access_token"]?.stringValue ?? ""
    }
}
