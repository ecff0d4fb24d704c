import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// `atlas-integrations matrix …` against `sandbox` with the demo API key
    /// in the environment, as a cron job would run it.
    static func matrixCommand(
        _ arguments: [String], sandbox: SandboxProcess, in directory: TemporaryDirectory,
        environment: [String: String]? = nil
    ) throws -> CommandRun {
        try CommandRun.run(try BuiltProducts.binary("atlas-integrations"), ["matrix"] + arguments,
                           environment: environment ?? sandbox.apiKeyEnvironment, in: directory)
    }

    /// A field as the sandbox returns it, in the form the command prints:
    /// a masked key by `****` and its last four, a masked URL whole.
    static func printed(_ value: IntegrationFieldValue) -> Any? {
        switch value {
        case .masked(let secret): secret.masked.contains("://") ? secret.masked : "****" + secret.visibleTail.suffix(4)
        case .text(let text): text
        case .bool(let flag): flag
        default: nil
        }
    }

    /// What the sandbox holds: every project (the test's independent view,
    /// read with its own client) and its integrations, by project id.
    struct Held {
        var projects: [Project]
        var integrations: [String: [Integration]]

        static func read(_ sandbox: SandboxProcess) async throws -> Held {
            let client = sandbox.client()
            let projects = try await client.listProjects()
            var integrations: [String: [Integration]] = [:]
            for project in projects { integrations[project.id] = try await client.listIntegrations(projectID: project.id) }
            return Held(projects: projects, integrations: integrations)
        }
    }

    /// A held integration's documented fields as the command prints them in
    /// CSV: masked as the sandbox masks them, toggles `on`/`off`.
    static func printedFields(_ integration: Integration) -> [String: String] {
        var fields: [String: String] = [:]
        let entry = IntegrationCatalog.entry(for: integration.type)
        for (key, value) in integration.fields where entry.field(key) != nil {
            switch printed(value) {
            case let text as String where !text.isEmpty: fields[key] = text
            case let flag as Bool: fields[key] = flag ? "on" : "off"
            default: break
            }
        }
        return fields
    }

    /// RFC 4180 rows: quoted fields with doubled quotes, the header first.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" { field.append("\""); index = text.index(after: index) } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The `--format json` output, project by project and cell by cell,
    /// against what the sandbox holds: every documented field it returns,
    /// as it returns it (the write-only Prometheus password never is).
    static func checkMatrixJSON(_ output: String, _ held: Held) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let projects = try #require(object["projects"] as? [[String: Any]])
        #expect(projects.count == held.projects.count)
        #expect(Set(projects.compactMap { $0["id"] as? String }) == Set(held.projects.map(\.id)))
        for project in projects {
            let id = try #require(project["id"] as? String)
            let seeded = try #require(held.projects.first { $0.id == id })
            #expect(project["name"] as? String == seeded.name)
            #expect(project["organizationId"] as? String == seeded.orgID)
            let held = held.integrations[id] ?? []
            let cells = try #require(project["integrations"] as? [String: [String: Any]])
            #expect(Set(cells.keys) == Set(IntegrationType.known.map(\.rawValue)))
            for type in IntegrationType.known {
                let cell = try #require(cells[type.rawValue])
                guard let integration = held.first(where: { $0.type == type }) else {
                    #expect(cell["state"] as? String == "missing", "\(seeded.name) \(type)")
                    continue
                }
                #expect(cell["state"] as? String == "configured", "\(seeded.name) \(type)")
                let fields = try #require(cell["fields"] as? [String: Any])
                // Every documented field Atlas returned, as it returned it
                // (the write-only Prometheus password never is).
                let documented = integration.fields.filter { IntegrationCatalog.entry(for: type).field($0.key) != nil }
                #expect(Set(fields.keys) == Set(documented.compactMap { Self.printed($0.value) == nil ? nil : $0.key }),
                        "\(seeded.name) \(type)")
                for (key, value) in documented {
                    let expected = Self.printed(value)
                    if let text = expected as? String { #expect(fields[key] as? String == text, "\(seeded.name) \(type) \(key)") }
                    if let flag = expected as? Bool { #expect(fields[key] as? Bool == flag, "\(seeded.name) \(type) \(key)") }
                }
            }
        }
    }

    /// The `--format csv` output against what the sandbox holds: one row per
    /// project with its ids and names, each type's cell `missing` or its
    /// fields as printed; within a column the `configured` cells all hold
    /// one value and every `differs` cell another.
    static func checkMatrixCSV(_ output: String, _ held: Held) throws {
        let rows = Self.csvRows(output)
        let header = try #require(rows.first)
        #expect(header == ["project_id", "project", "organization_id", "organization"]
            + IntegrationType.known.map(\.rawValue) + ["error"])
        let body = rows.dropFirst()
        #expect(body.count == held.projects.count)
        #expect(Set(body.map { $0.first ?? "" }) == Set(held.projects.map(\.id)))
        var configuredValues: [IntegrationType: Set<[String: String]>] = [:]
        var differingValues: [IntegrationType: [[String: String]]] = [:]
        for row in body {
            #expect(row.count == header.count, "\(row)")
            guard row.count == header.count, let project = held.projects.first(where: { $0.id == row[0] }) else { continue }
            #expect(row[1] == project.name || row[1] == "'" + project.name)
            #expect(row[2] == project.orgID)
            #expect(row[header.count - 1] == "", "\(project.name) read")
            for (index, type) in IntegrationType.known.enumerated() {
                let cell = row[4 + index]
                guard let integration = held.integrations[project.id]?.first(where: { $0.type == type }) else {
                    #expect(cell == "missing", "\(project.name) \(type): \(cell)")
                    continue
                }
                let state = cell.prefix { $0 != " " }
                var fields: [String: String] = [:]
                for pair in cell.dropFirst(state.count + 1).components(separatedBy: "; ") where !pair.isEmpty {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    fields[parts[0]] = parts.count == 2 ? parts[1] : ""
                }
                #expect(fields == Self.printedFields(integration), "\(project.name) \(type): \(cell)")
                switch state {
                case "configured": configuredValues[type, default: []].insert(fields)
                case "differs": differingValues[type, default: []].append(fields)
                default: Issue.record("\(project.name) \(type): \(cell)")
                }
            }
        }
        for type in IntegrationType.known {
            let usual = configuredValues[type] ?? []
            #expect(usual.count <= 1, "\(type): one most common value, not \(usual.count)")
            for odd in differingValues[type] ?? [] { #expect(!usual.contains(odd), "\(type): a differing cell holds the usual value") }
            if !(differingValues[type] ?? []).isEmpty { #expect(usual.count == 1, "\(type): differs from what?") }
        }
    }

    /// The JSON and CSV of the demo seed: every project, every type, every
    /// field the sandbox returns (masked as it masks them), nothing else.
    @Test func theMatrixCommandsJSONAndCSVAreWhatTheDemoSandboxHolds() async throws {
        let directory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: directory)
        defer { sandbox.stop() }
        let held = try await Held.read(sandbox)
        #expect(held.projects.count == 40)
        let run = try Self.matrixCommand(["--format", "json"], sandbox: sandbox, in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "no progress line when stderr is not a terminal: \(run.stderr)")
        try Self.checkMatrixJSON(run.stdout, held)
        let csv = try Self.matrixCommand(["--format", "csv"], sandbox: sandbox, in: directory)
        #expect(csv.status == 0, "\(csv.stderr)")
        try Self.checkMatrixCSV(csv.stdout, held)
        for output in [run.stdout, csv.stdout] {
            for secret in [DemoSeed.pagerDutyServiceKey, DemoSeed.datadogAPIKey, DemoSeed.webhookURL, DemoSeed.webhookSecret,
                           DemoSeed.slackAPIToken, "prom-demo-password"] {
                #expect(!output.contains(secret), "a secret in the output")
            }
        }
    }

    /// 300 generated projects, PagerDuty on every fourth (one with another
    /// key) and Datadog on every sixth (a third of them in another region):
    /// CSV and JSON are what the sandbox holds, cell by cell; CSV of
    /// `--missing` is exactly the others and exits 1, `--differs` exactly
    /// the odd one, `--org` narrows to one organization.
    @Test func theMatrixCommandsCSVAndJSONOnALargeSeedAndItsExitStatuses() async throws {
        let directory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: directory, seed: "large:300")
        defer { sandbox.stop() }
        let client = sandbox.client()
        let projects = try await client.listProjects()
        #expect(projects.count == 300)
        let usual = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(DemoSeed.pagerDutyServiceKey)),
                                                         "region": .text("US")])
        let odd = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue("00000000000000000000000000000bad")),
                                                       "region": .text("US")])
        let sorted = projects.sorted { $0.name < $1.name }
        let configured = sorted.enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
        for (index, project) in configured.enumerated() {
            _ = try await client.create(index == 5 ? odd : usual, projectID: project.id)
        }
        for (index, project) in sorted.enumerated() where index % 6 == 0 {
            let datadog = try IntegrationSettings(.datadog, [
                "apiKey": .secret(SecretValue(DemoSeed.datadogAPIKey)), "region": .text(index % 18 == 0 ? "EU" : "US"),
                "sendDatabaseMetrics": .bool(true)])
            _ = try await client.create(datadog, projectID: project.id)
        }
        let oddProject = configured[5]
        let withIDs = Set(configured.map(\.id))
        let held = try await Held.read(sandbox)
        let readsBefore = try await sandbox.requestLog()
            .filter { $0.path.hasSuffix("/integrations") && $0.method == "GET" && $0.auth != .none }.count

        func rows(_ csv: String) -> [[String]] {
            csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        let all = try Self.matrixCommand(["--format", "csv"], sandbox: sandbox, in: directory)
        #expect(all.status == 0, "\(all.stderr)")
        try Self.checkMatrixCSV(all.stdout, held)
        #expect(all.stdout.contains("differs apiKey=****"), "the EU Datadog projects are the odd ones")
        let json = try Self.matrixCommand(["--format", "json"], sandbox: sandbox, in: directory)
        #expect(json.status == 0, "\(json.stderr)")
        try Self.checkMatrixJSON(json.stdout, held)
        for output in [all.stdout, json.stdout] {
            #expect(!output.contains(DemoSeed.pagerDutyServiceKey) && !output.contains(DemoSeed.datadogAPIKey))
            #expect(!output.contains("00000000000000000000000000000bad"))
        }
        let allRows = rows(all.stdout)
        #expect(allRows.count == 300)
        #expect(allRows.map { $0[1] } == sorted.map(\.name), "sorted by name")
        for row in allRows {
            let expected = withIDs.contains(row[0])
                ? (row[0] == oddProject.id ? "differs serviceKey=****0bad; region=US" : "configured serviceKey=****e8f9; region=US")
                : "missing"
            #expect(row[4] == expected, "\(row[1])")
        }

        let missing = try Self.matrixCommand(["--missing", "PAGER_DUTY", "--format", "csv"], sandbox: sandbox, in: directory)
        #expect(missing.status == 1)
        let withoutIDs = Set(projects.map(\.id)).subtracting(withIDs)
        let shownMissing = Set(rows(missing.stdout).map { $0[0] })
        #expect(shownMissing == withoutIDs)

        let differs = try Self.matrixCommand(["--differs", "pagerduty", "--format", "csv"], sandbox: sandbox, in: directory)
        #expect(differs.status == 1)
        #expect(rows(differs.stdout).map { $0[0] } == [oddProject.id])

        let organization = DemoSeed.organizations[1]
        let inOrg = try Self.matrixCommand(["--org", organization.name, "--missing", "PAGER_DUTY", "--format", "csv"],
                                           sandbox: sandbox, in: directory)
        #expect(inOrg.status == 1)
        let expectedInOrg = Set(projects.filter { $0.orgID == organization.id && !withIDs.contains($0.id) }.map(\.id))
        let shownInOrg = Set(rows(inOrg.stdout).map { $0[0] })
        #expect(shownInOrg == expectedInOrg)
        #expect(rows(inOrg.stdout).allSatisfy { $0[3] == organization.name })

        // Nothing matched: 0.
        let none = try Self.matrixCommand(["--filter", configured[1].name, "--missing", "PAGER_DUTY"],
                                          sandbox: sandbox, in: directory)
        #expect(none.status == 0, "\(none.stdout)\(none.stderr)")
        let reads = try await sandbox.requestLog().filter { $0.path.hasSuffix("/integrations") && $0.method == "GET" && $0.auth != .none }
        // Four runs over all 300, one over one organization's 100, one over one project.
        let expectedReads = 4 * 300 + 100 + 1
        #expect(reads.count - readsBefore == expectedReads, "one request per project read, every run")
    }

    /// What cannot be read is an error (2), with the rest still printed;
    /// an unknown organization, no credentials and no Atlas are errors too.
    @Test func theMatrixCommandExitsTwoWhenSomethingCouldNotBeRead() async throws {
        let directory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: directory)
        defer { sandbox.stop() }
        try await sandbox.addFault(FaultRule(
            route: "GET /api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)/integrations", kind: .status(403)))
        let forbidden = try Self.matrixCommand(["--filter", "決済", "--format", "csv"], sandbox: sandbox, in: directory)
        #expect(forbidden.status == 2)
        let lines = forbidden.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix(DemoSeed.paymentsProjectID) && $0.contains("error") && $0.contains("403 RESOURCE_REQUIRES_WHITELIST") })
        #expect(lines.contains { $0.contains("検証-決済サービス") && $0.contains("missing") })

        let unknown = try Self.matrixCommand(["--org", "No-Such-Org"], sandbox: sandbox, in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("No organization these credentials see has the id or name \"No-Such-Org\""))
        #expect(unknown.stdout.isEmpty)

        let noCredentials = try Self.matrixCommand([], sandbox: sandbox, in: directory, environment: [:])
        #expect(noCredentials.status == 2)
        #expect(noCredentials.stderr.contains("No Atlas credentials"))

        var gone = sandbox.apiKeyEnvironment
        gone["MONGODB_ATLAS_OPS_MANAGER_URL"] = "http://127.0.0.1:1"
        let refused = try Self.matrixCommand([], sandbox: sandbox, in: directory, environment: gone)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("Could not connect to Atlas"))

        let usage = try Self.matrixCommand(["--missing", "FAX"], sandbox: sandbox, in: directory)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--missing must be one of PAGER_DUTY"))
    }

    /// The table on the demo: aligned, ends with one summary per type.
    @Test func theMatrixCommandsTableEndsWithTheColumnSummaries() async throws {
        let directory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: directory)
        defer { sandbox.stop() }
        let run = try Self.matrixCommand(["--filter", "storefront"], sandbox: sandbox, in: directory)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("PROJECT") == true)
        let prod = try #require(lines.first { $0.hasPrefix("storefront-prod ") })
        #expect(prod.contains("f024 EU"))
        #expect(lines.contains("Datadog 1/2 · 1 variant"))
        #expect(lines.contains("PagerDuty 0/2"))
    }
}
