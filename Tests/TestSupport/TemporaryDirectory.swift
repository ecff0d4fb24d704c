import Foundation

/// A private directory (mode 0700) under the system's temporary directory,
/// for one test's files: a HOME, a state file, a credentials file. It is
/// removed when the value goes away, or at `remove()`; a test that hands
/// only paths to others keeps it alive with `defer { directory.remove() }`.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    public init() throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("atlas-tests-\(UUID().uuidString.prefix(12))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    deinit {
        remove()
    }

    public var path: String { url.path }

    /// The path of `name` inside the directory.
    public func file(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Creates (if needed) and returns the subdirectory `name`.
    public func directory(_ name: String) throws -> String {
        let path = file(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The names of the files in `directory` (this directory when nil),
    /// sorted; none when it does not exist, which is what a test of files
    /// that should not have been written expects to see.
    public func fileNames(in directory: URL? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: (directory ?? url).path)) ?? []).sorted()
    }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
