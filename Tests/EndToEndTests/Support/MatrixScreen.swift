import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport

/// Reading the matrix screen as an operator does: the selected row's
/// cells, the detail lines' full name, the rows shown.
enum MatrixScreen {
    /// The columns of `line` from `start` (display columns), `count` wide.
    static func slice(_ line: String, from start: Int, count: Int) -> String {
        var column = 0
        var out = ""
        for character in line {
            let width = ScreenColumns.width(String(character))
            if column >= start && column + width <= start + count { out.append(character) }
            column += width
            if column >= start + count { break }
        }
        return out
    }

    /// The ten cells of a row at `width` columns (the grid's layout: a
    /// pointer, the name, an organization column from 110 columns on, then
    /// ten equal cells).
    static func cells(of row: String, width: Int) -> [String] {
        let organization = width >= 110 ? 19 : 0
        let available = width - 2 - organization
        let cell = min(max((available - 16) / 10, 6), 14)
        let name = available - cell * 10
        return (0..<10).map { index in
            slice(row, from: 2 + name + organization + index * cell + 1, count: cell - 1)
                .trimmingCharacters(in: .whitespaces)
        }
    }

    /// The selected row.
    static func selectedRow(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.hasPrefix("› ") }.map(String.init) ?? ""
    }

    /// The full name of the project the cursor is on, from the detail line
    /// (" name (organization) · Type · read …").
    static func selectedName(_ screen: String, height: Int) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= height - 3 else { return nil }
        let detail = String(lines[height - 4])
        guard let range = detail.range(of: " (", options: .backwards, range: detail.startIndex..<(detail.range(of: ") · ")?.upperBound ?? detail.endIndex)) else { return nil }
        return String(detail[detail.index(after: detail.startIndex)..<range.lowerBound])
    }

    /// Whether the cursor is on the first row shown (the line under the header).
    static func isOnFirstRow(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("  Project ") }), header + 1 < lines.count else {
            return false
        }
        return lines[header + 1].hasPrefix("› ")
    }

    /// Walks the cursor down the rows shown, from the first, and returns
    /// each project's full name with its row's cells. Each screen is read
    /// twice, so a frame still being drawn is never taken for the answer.
    static func walk(_ terminal: TmuxSession, rows count: Int, width: Int, height: Int) async throws -> [(name: String, cells: [String])] {
        try terminal.press("Home")
        var seen: [(name: String, cells: [String])] = []
        var previous = ""
        var last = ""
        for index in 0..<count {
            if index > 0 { try terminal.press("Down") }
            let screen = try await terminal.waitFor("the cursor on row \(index + 1)") { screen in
                defer { last = screen }
                guard screen == last, let name = selectedName(screen, height: height) else { return false }
                return index == 0 ? isOnFirstRow(screen) : name != previous
            }
            guard let name = selectedName(screen, height: height) else { break }
            previous = name
            seen.append((name, cells(of: selectedRow(screen), width: width)))
        }
        return seen
    }

    /// How a cell for `type` on `projectID` of the demo seed begins, from
    /// the seed's clear values (not the product's rules): the last four
    /// characters of the key or URL, the start of Prometheus's user name;
    /// or is `-` or `n/a` when there is none.
    static func expectedDemoCell(_ type: IntegrationType, _ projectID: String) -> String {
        let notCreatable: Set<IntegrationType> = [.slack, .newRelic, .hipChat]
        guard let seeded = DemoSeed.integrations.first(where: { $0.projectID == projectID && $0.type == type.rawValue })
        else { return notCreatable.contains(type) ? "n/a" : "-" }
        let primary: [IntegrationType: String] = [
            .pagerDuty: "serviceKey", .datadog: "apiKey", .opsGenie: "apiKey", .victorOps: "apiKey", .webhook: "url",
            .microsoftTeams: "microsoftTeamsWebhookUrl", .slack: "apiToken", .newRelic: "licenseKey",
        ]
        if type == .prometheus { return String((seeded.settings["username"] ?? "").prefix(4)) }
        // A configured one that cannot be changed from here is marked so.
        let mark = notCreatable.contains(type) ? "~" : ""
        return mark + String((seeded.settings[primary[type] ?? ""] ?? "").suffix(4))
    }
}
