import Foundation

/// Where `swift build` put the binaries under test.
enum BuiltProducts {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func binary(_ name: String) throws -> String {
        let candidates = [".build/debug", ".build/release"].map {
            packageRoot.appendingPathComponent($0).appendingPathComponent(name).path
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw E2EError.missing("\(name) is not built: run `swift build` first (scripts/test does)")
        }
        return found
    }
}
