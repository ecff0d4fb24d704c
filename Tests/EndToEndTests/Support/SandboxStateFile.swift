import AtlasAdmin
import Foundation

/// The sandbox's `--state` file: what it holds, secrets in clear, the way
/// only the server (never an API client) can see it.
struct SandboxStateFile: Decodable {
    /// Integrations by project id.
    var integrations: [String: [StoredIntegration]]

    struct StoredIntegration: Decodable {
        var type: String
        var fields: [String: JSONValue]
    }

    /// Reads the file; a sandbox that has changed nothing yet has none.
    static func read(_ path: String) throws -> SandboxStateFile {
        guard FileManager.default.fileExists(atPath: path) else { return SandboxStateFile(integrations: [:]) }
        return try JSONDecoder().decode(SandboxStateFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func fields(of type: String, in projectID: String) -> [String: JSONValue]? {
        integrations[projectID]?.first { $0.type == type }?.fields
    }
}
