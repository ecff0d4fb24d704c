import Foundation
import TOMLKit

/// The Atlas CLI's `config.toml`: one TOML table per profile.
///
/// Only string-like values are kept (numbers and booleans as their text);
/// top-level keys such as `version = 2` are not profiles and are skipped.
struct AtlasCLIConfigFile: Sendable {
    let path: String
    /// Profile name → key → value.
    let profiles: [String: [String: String]]
    /// Set when the file can be read by group or others.
    let permissionWarning: String?

    /// Reads and parses `path`; `nil` when there is no file there.
    static func load(path: String) throws(ConfigurationError) -> AtlasCLIConfigFile? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            throw .unreadableFile(file: path, reason: tr("failures.file.directory"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(file: path, reason: tr("failures.file.unreadable"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformedFile(file: path, line: nil, column: nil, reason: tr("failures.file.notUTF8"))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .malformedFile(
                file: path, line: error.source.begin.line, column: error.source.begin.column,
                reason: MessageSanitizer.oneLine(error.description))
        } catch {
            throw .malformedFile(file: path, line: nil, column: nil, reason: tr("failures.file.notTOML"))
        }
        var profiles: [String: [String: String]] = [:]
        for name in table.keys {
            guard let profile = table[name]?.table else { continue }
            var values: [String: String] = [:]
            for key in profile.keys {
                guard let value = profile[key] else { continue }
                if let text = value.string {
                    values[key] = text
                } else if let number = value.int {
                    values[key] = String(number)
                } else if let flag = value.bool {
                    values[key] = String(flag)
                }
            }
            profiles[name] = values
        }
        return AtlasCLIConfigFile(path: path, profiles: profiles, permissionWarning: permissionWarning(for: path))
    }

    /// The profile called `name` (the Atlas CLI lower-cases names).
    func profile(named name: String) -> [String: String]? {
        profiles[name] ?? profiles[name.lowercased()]
    }

    private static func permissionWarning(for path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue,
              mode & 0o044 != 0
        else { return nil }
        let octal = String(mode & 0o777, radix: 8)
        return tr("failures.warning.readable", path, octal)
    }
}
