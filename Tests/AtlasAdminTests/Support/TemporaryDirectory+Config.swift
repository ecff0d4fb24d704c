import Foundation
import TestSupport

extension TemporaryDirectory {
    /// Writes `text` to `~/.config/atlascli/config.toml`, taking this
    /// directory as HOME (or under `base`).
    @discardableResult
    func writeConfig(_ text: String, under base: String? = nil, mode: Int = 0o600) throws -> String {
        try writeConfig(Data(text.utf8), under: base, mode: mode)
    }

    @discardableResult
    func writeConfig(_ data: Data, under base: String? = nil, mode: Int = 0o600) throws -> String {
        let directory = (base ?? path + "/.config") + "/atlascli"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/config.toml"
        try data.write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        return file
    }
}
