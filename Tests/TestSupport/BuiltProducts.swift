import Foundation

/// Where `swift build` put the executables the tests run.
public enum BuiltProducts {
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // TestSupport
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The path of the built executable `name`.
    public static func binary(_ name: String) throws(MissingProduct) -> String {
        let candidates = [".build/debug", ".build/release"].map {
            packageRoot.appendingPathComponent($0).appendingPathComponent(name).path
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw MissingProduct(name: name)
        }
        return found
    }

    /// Whether `name` has been built.
    public static func isBuilt(_ name: String) -> Bool {
        (try? binary(name)) != nil
    }
}

/// An executable the tests need has not been built.
public struct MissingProduct: Error, CustomStringConvertible {
    public var name: String
    public var description: String { "\(name) is not built: run `swift build` first (scripts/test does)" }
}
