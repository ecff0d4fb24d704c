import AtlasAdmin
import AtlasSandbox
import Foundation

/// The local Atlas sandbox that `--demo` runs inside the process, on a free
/// loopback port, with the demo organizations, projects and integrations.
public final class DemoSandbox: Sendable {
    public let server: AtlasSandboxServer
    public let baseURL: URL

    private init(server: AtlasSandboxServer, baseURL: URL) {
        self.server = server
        self.baseURL = baseURL
    }

    public static func start() async throws -> DemoSandbox {
        var configuration = SandboxConfiguration()
        configuration.seed = .demo
        let server = try AtlasSandboxServer(configuration: configuration)
        let url = try await server.start()
        return DemoSandbox(server: server, baseURL: url)
    }

    /// A client signed with the sandbox's documented demo API key.
    public func clientConfiguration(log: OperationLog?) -> AtlasClientConfiguration {
        let key = SandboxAPIKey.demo
        return AtlasClientConfiguration(
            baseURL: baseURL,
            credentials: .apiKey(publicKey: key.publicKey, privateKey: SecretValue(key.privateKey)),
            onExchange: log?.exchangeObserver)
    }

    /// Stops the sandbox at exit, with no grace period: the terminal is
    /// already restored and any write was given its time by `WriteTracker`,
    /// so nothing is left to wait for (waiting was a whole second of the
    /// demo's quit, for the client's idle keep-alive connection).
    public func stop() async {
        await server.stop(grace: 0)
    }
}
