import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `atlas-sandbox` as a journey runs it: on a free loopback port, keeping
/// its data in a state file, so a journey can check exactly what was stored
/// (secrets in clear, templates byte for byte), besides reading it back
/// through the API as any client would.
extension SandboxProcess {
    /// The documented demo credentials the sandbox accepts.
    static let apiKey = SandboxAPIKey.demo
    static let readOnlyAPIKey = SandboxAPIKey.demoReadOnly
    static let serviceAccount = SandboxServiceAccount.demo

    /// Starts a sandbox with `seed` (demo, empty, large:N) and, if given, a
    /// token bucket of `rateLimit` requests per minute per endpoint set;
    /// `extraArguments` go to the command as they are. Its stderr goes to
    /// `sandbox.log` in `directory`.
    convenience init(in directory: TemporaryDirectory, seed: String = "demo", rateLimit: Int? = nil,
                     extraArguments: [String] = []) throws {
        var arguments = ["--port", "0", "--seed", seed, "--state", directory.file("sandbox-state.json")]
        if let rateLimit { arguments += ["--rate-limit", String(rateLimit)] }
        try self.init(arguments: arguments + extraArguments, standardErrorFile: directory.file("sandbox.log"))
    }

    /// The `--state` file the sandbox keeps its data in.
    var stateFile: String {
        arguments.drop { $0 != "--state" }.dropFirst().first ?? ""
    }

    // MARK: - What a user's shell would export

    /// The environment of an operator using the demo API key.
    var apiKeyEnvironment: [String: String] {
        ["MONGODB_ATLAS_OPS_MANAGER_URL": baseURL.absoluteString,
         "MONGODB_ATLAS_PUBLIC_API_KEY": Self.apiKey.publicKey,
         "MONGODB_ATLAS_PRIVATE_API_KEY": Self.apiKey.privateKey]
    }

    /// The environment of an operator using the demo service account.
    var serviceAccountEnvironment: [String: String] {
        ["MONGODB_ATLAS_OPS_MANAGER_URL": baseURL.absoluteString,
         "MONGODB_ATLAS_CLIENT_ID": Self.serviceAccount.clientID,
         "MONGODB_ATLAS_CLIENT_SECRET": Self.serviceAccount.clientSecret]
    }

    // MARK: - Reading back

    /// A client with the same API key the app uses.
    func client(retryPolicy: RetryPolicy = .default) -> AtlasClient {
        AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL,
            credentials: .apiKey(publicKey: Self.apiKey.publicKey, privateKey: SecretValue(Self.apiKey.privateKey)),
            retryPolicy: retryPolicy))
    }

    /// A client with the same service account the app uses.
    func serviceAccountClient() -> AtlasClient {
        AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL,
            credentials: .serviceAccount(clientID: Self.serviceAccount.clientID,
                                         clientSecret: SecretValue(Self.serviceAccount.clientSecret))))
    }

    /// The integration of `type` as the API returns it (masked), or nil.
    func integration(_ type: IntegrationType, in projectID: String) async throws -> Integration? {
        try await client().integration(type, projectID: projectID)
    }

    /// The fields the sandbox stored for `type` in `projectID`, secrets in
    /// clear; nil when it holds none.
    func stored(_ type: IntegrationType, in projectID: String) throws -> [String: JSONValue]? {
        try SandboxStateFile.read(stateFile).fields(of: type.rawValue, in: projectID)
    }

    // MARK: - Test-only admin routes

    /// Makes matching requests misbehave (see `FaultRule`).
    func addFault(_ rule: FaultRule) async throws {
        var request = URLRequest(url: adminURL("faults"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(rule)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw E2EError.command("the sandbox refused the fault \(rule.route)")
        }
    }

    /// Every API request the sandbox answered, oldest first.
    func requestLog() async throws -> [SandboxRequestRecord] {
        let (data, _) = try await URLSession.shared.data(from: adminURL("requests"))
        return try JSONDecoder().decode([SandboxRequestRecord].self, from: data)
    }

    private func adminURL(_ name: String) -> URL {
        baseURL.appendingPathComponent("__sandbox").appendingPathComponent(name)
    }
}
