import Foundation

/// A private directory for one journey (HOME, the sandbox's state file, the
/// terminal modes written after exit), removed when the journey ends.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL

    init() throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("atlas-e2e-\(UUID().uuidString.prefix(12))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    var path: String { url.path }

    /// The path of `name` inside the directory.
    func file(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Creates (if needed) and returns the subdirectory `name`.
    func directory(_ name: String) throws -> String {
        let path = file(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
