import Foundation

/// One request body per integration, `<project>/<TYPE>.json`, for
/// `atlas api thirdPartyIntegrations updateGroupIntegration --file`, and
/// `apply.sh`, which sends them with the Atlas CLI. A value Atlas hides is a
/// `REPLACE-ME` placeholder, and the script checks every body before it
/// sends any, so a placeholder never reaches Atlas and no project is left
/// half done.
enum AtlasAPIExport {
    /// The Atlas CLI command and the API version the bodies are written for.
    static let command = "atlas api thirdPartyIntegrations updateGroupIntegration"
    static let version = "2023-01-01"

    static func files(_ selection: ExportSelection) -> [ExportFile] {
        var files: [ExportFile] = []
        var sends: [String] = []
        for item in selection.items {
            let path = "\(item.projectSlug)/\(item.integration.type.rawValue).json"
            files.append(ExportFile(path: path, contents: body(item)))
            sends.append("\(item.project.id) \(item.integration.type.rawValue) \(path)")
        }
        return files + [ExportFile(path: "apply.sh", contents: script(selection, sends: sends), isExecutable: true)]
    }

    /// The body with `type` first and the fields in catalog order: every
    /// field Atlas lets this product send, clear values as read.
    private static func body(_ item: ExportItem) -> String {
        var members = ["  \"type\": \(json(.string(item.integration.type.rawValue)))"]
        for (field, value) in item.values where field.isWritable {
            let encoded: JSONValue = switch value {
            case .text(let text): .string(text)
            case .flag(let flag): .bool(flag)
            case .number(let number): .number(number)
            case .hidden(let placeholder): .string(placeholder.text(typeName: item.typeName))
            }
            members.append("  \(json(.string(field.key))): \(json(encoded))")
        }
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    private static func json(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    private static func script(_ selection: ExportSelection, sends: [String]) -> String {
        var lines = [
            "#!/bin/sh",
            "# Atlas third-party integrations, exported by atlas-integrations \(AtlasAdminVersion.current).",
            "# Sends each body with the Atlas CLI (\(command), API version \(version)),",
            "# which replaces the project's integration of that type.",
            "# Atlas never returns the values marked \(ExportItem.Placeholder.marker): put the real ones in the .json files",
            "# first. This script refuses to send anything while any body still holds a placeholder.",
        ]
        if !selection.leftOut.isEmpty {
            lines.append("#")
            lines.append("# Not exported: Atlas does not let these be sent through the API.")
            lines += selection.leftOutLines.map { "#   \(ExportQuoting.commentText($0))" }
        }
        lines += [
            "set -eu",
            "cd \"$(dirname \"$0\")\"",
            "",
            "bodies='",
        ]
        lines += sends
        lines += [
            "'",
            "",
            "unfilled=0",
            "for file in $(printf '%s\\n' \"$bodies\" | awk 'NF == 3 { print $3 }'); do",
            "    if grep -q '\(ExportItem.Placeholder.marker)' \"$file\"; then",
            "        echo \"$file: still holds a \(ExportItem.Placeholder.marker) placeholder; put the real value there first\" >&2",
            "        unfilled=1",
            "    fi",
            "done",
            "[ \"$unfilled\" -eq 0 ] || { echo 'nothing was sent' >&2; exit 1; }",
            "",
            "printf '%s\\n' \"$bodies\" | while read -r group type file; do",
            "    [ -n \"$file\" ] || continue",
            "    echo \"== $type on project $group\"",
            "    \(command) --groupId \"$group\" --integrationType \"$type\" --version \(version) --file \"$file\"",
            "done",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
