@testable import AtlasSandbox
import Foundation

/// Runs `body` against a freshly started sandbox on 127.0.0.1, port 0, and
/// always stops it afterwards, at once: every request has had its answer by
/// then, and a grace would only wait out idle kept-alive connections.
func withSandbox<Result: Sendable>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(),
    _ body: (AtlasSandboxServer, TestClient) async throws -> Result
) async throws -> Result {
    let server = try AtlasSandboxServer(configuration: configuration)
    let url = try await server.start()
    let client = TestClient(baseURL: url)
    do {
        let result = try await body(server, client)
        client.session.invalidateAndCancel()
        await server.stop(grace: 0)
        return result
    } catch {
        client.session.invalidateAndCancel()
        await server.stop(grace: 0)
        throw error
    }
}

/// Paths used throughout the tests.
enum Paths {
    static func integrations(_ project: String) -> String {
        "/api/atlas/v2/groups/\(project)/integrations"
    }

    static func integration(_ project: String, _ type: String) -> String {
        "/api/atlas/v2/groups/\(project)/integrations/\(type)"
    }
}
