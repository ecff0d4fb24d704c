import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

/// The matrix as CSV, JSON and a table: what scripts and tickets get.
@Suite struct MatrixExportTests {
    init() { TestLocale.ensure() }

    static func csvRows(_ text: String) -> [[String]] {
        // Enough of RFC 4180 for these fixtures: quoted fields with commas.
        text.split(separator: "\n").map { line in
            var fields: [String] = [], field = "", quoted = false
            var characters = Array(line)[...]
            while let character = characters.popFirst() {
                if quoted {
                    if character == "\"" {
                        if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                    } else { field.append(character) }
                } else if character == "\"" { quoted = true
                } else if character == "," { fields.append(field); field = ""
                } else { field.append(character) }
            }
            fields.append(field)
            return fields
        }
    }

    @Test func csvHasAColumnPerTypeAndSaysWhatEachCellHolds() throws {
        let rows = Self.csvRows(MatrixExport.csv(MatrixFixtures.matrix()))
        #expect(rows.first == ["project_id", "project", "organization_id", "organization"]
            + IntegrationType.known.map(\.rawValue) + ["error"])
        #expect(rows.count == 7)
        let staging = try #require(rows.first { $0[1] == "staging" })
        #expect(staging[3] == "Acme, Corp", "a comma in a name is quoted, not a new column")
        #expect(staging[4] == "missing")
        #expect(staging[5] == "differs apiKey=****9999; region=US3")
        let east = try #require(rows.first { $0[1] == "prod-east" })
        #expect(east[4] == "configured serviceKey=****0022; region=EU")
        #expect(east[5] == "configured apiKey=****a23c; region=US3")
        let forbidden = try #require(rows.first { $0[1] == "analytics" })
        #expect(forbidden[4...13].allSatisfy { $0 == "error" })
        #expect(forbidden[14].hasPrefix("403 RESOURCE_REQUIRES_WHITELIST"))
        #expect(rows.allSatisfy { $0.count == 15 })
    }

    @Test func csvFollowsTheFilterAndGuardsFormulaNames() {
        var matrix = MatrixFixtures.matrix()
        matrix.setFilter(.missing(.pagerDuty))
        let rows = Self.csvRows(MatrixExport.csv(matrix))
        #expect(rows.dropFirst().map { $0[1] } == ["evilname", "staging"])
        let formula = FleetMatrix(
            projects: [Project(id: "5f1a00000000000000000099", name: "=HYPERLINK(\"x\")", orgID: "o")],
            organizationNames: ["o": "@org"])
        let row = Self.csvRows(MatrixExport.csv(formula))[1]
        #expect(row[1] == "'=HYPERLINK(\"x\")")
        #expect(row[3] == "'@org")
    }

    @Test func jsonHasTheSameCellsWithMaskedValuesOnlyAndTheColumnSummaries() throws {
        let text = MatrixExport.json(MatrixFixtures.matrix())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let projects = try #require(object["projects"] as? [[String: Any]])
        #expect(projects.count == 6)
        let staging = try #require(projects.first { $0["name"] as? String == "staging" })
        let integrations = try #require(staging["integrations"] as? [String: [String: Any]])
        #expect(integrations.count == 10)
        #expect(integrations["PAGER_DUTY"]?["state"] as? String == "missing")
        let datadog = try #require(integrations["DATADOG"])
        #expect(datadog["state"] as? String == "configured")
        #expect(datadog["differs"] as? Bool == true)
        #expect(datadog["fields"] as? [String: String] == ["apiKey": "****9999", "region": "US3"])
        let forbidden = try #require(projects.first { $0["name"] as? String == "analytics" })
        let error = try #require(forbidden["error"] as? [String: Any])
        #expect(error["status"] as? Int == 403)
        #expect(error["errorCode"] as? String == "RESOURCE_REQUIRES_WHITELIST")
        #expect(forbidden["integrations"] is NSNull)
        #expect(staging["readAt"] as? String == "2026-09-21T14:13:20Z")
        let columns = try #require(object["columns"] as? [[String: Any]])
        let datadogColumn = try #require(columns.first { $0["type"] as? String == "DATADOG" })
        #expect(datadogColumn["configured"] as? Int == 4)
        #expect(datadogColumn["variants"] as? Int == 2)
        #expect(datadogColumn["mostCommon"] as? [String: String] == ["apiKey": "****a23c", "region": "US3"])
        #expect(object["progress"] as? [String: Int] == ["projects": 6, "read": 5, "failed": 1])
    }

    @Test func jsonToggleValuesAreBooleans() throws {
        var matrix = FleetMatrix(projects: Array(MatrixFixtures.projects.prefix(1)), organizationNames: [:])
        matrix.setRead(MatrixFixtures.projects[0].id, MatrixRead(.success([Fixtures.datadog]), readAt: nil))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(MatrixExport.json(matrix).utf8)) as? [String: Any])
        let project = try #require((object["projects"] as? [[String: Any]])?.first)
        let fields = try #require((project["integrations"] as? [String: [String: Any]])?["DATADOG"]?["fields"] as? [String: Any])
        #expect(fields["sendDatabaseMetrics"] as? Bool == true)
        #expect(fields["sendQueryStatsMetrics"] as? Bool == false)
        #expect(fields["customEndpoint"] == nil, "undocumented keys are not part of what distinguishes one")
        #expect(project["readAt"] is NSNull)
    }

    @Test func theTableLinesUpWideNamesAndEndsWithTheSummaries() throws {
        let lines = MatrixExport.table(MatrixFixtures.matrix()).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("PROJECT"))
        let organizationColumn = DisplayWidth.of(header[..<(header.range(of: "ORGANIZATION")?.lowerBound ?? header.endIndex)])
        for line in lines.dropFirst().prefix(6) {
            let organization = line.contains("東京") ? "東京チーム" : "Acme, Corp"
            let start = line.range(of: organization)?.lowerBound ?? line.endIndex
            #expect(DisplayWidth.of(line[..<start]) == organizationColumn, "\(line)")
        }
        let staging = try #require(lines.first { $0.hasPrefix("staging ") })
        #expect(staging.contains("9999 US3*"))
        #expect(lines.contains("Datadog 4/5 · 2 variants"))
        #expect(lines.contains("Not read:"))
        #expect(lines.contains { $0.contains("analytics (東京チーム): 403 RESOURCE_REQUIRES_WHITELIST") })
    }

    @Test func nothingFromTheNetworkReachesTheOutputUnsanitized() {
        var matrix = MatrixFixtures.matrix()
        let hostile = Integration(type: .victorOps, id: "x", fields: [
            "apiKey": .masked(MaskedSecret(masked: "****\u{1B}[6n")),
            "routingKey": .text("on-call\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}\u{202E}team"),
        ])
        matrix.setRead(MatrixFixtures.id("staging"), MatrixRead(.success([hostile]), readAt: nil))
        for format in MatrixExport.Format.allCases {
            let text = MatrixExport.render(matrix, as: format)
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E },
                    "\(format) output carries a control or bidi character")
            #expect(!text.contains("]52;"), "\(format)")
        }
    }
}
