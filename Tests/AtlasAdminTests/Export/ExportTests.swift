import AtlasSandbox
import Foundation
import Testing
import TestSupport
@testable import AtlasAdmin

/// Exports of what the sandbox holds, written to disk the way the command
/// writes them and read back by each format's real parser: every configured
/// integration is there with every clear value, nothing Atlas hides is
/// (neither the secret nor its masked copy), and what a tool cannot
/// express is named.
@Suite struct ExportTests {
    static let qaID = DemoSeed.qaAutomationProjectID

    /// Every value the seed holds that a read hides, in clear: none of
    /// them may appear in any exported file.
    static var hiddenSeedValues: [String] {
        DemoSeed.integrations.flatMap { seeded -> [String] in
            let entry = IntegrationCatalog.entry(for: IntegrationType(rawValue: seeded.type))
            return seeded.settings.compactMap { key, value in entry.field(key)?.readBack.hidesValue == true ? value : nil }
        }
    }

    /// The project as an export command reads it.
    static func read(_ projectID: String, _ client: AtlasClient) async throws -> ExportedProject {
        let project = try await client.project(id: projectID)
        return ExportedProject(id: project.id, name: project.name, integrations: try await client.listIntegrations(projectID: projectID))
    }

    static func write(_ files: [ExportFile]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try ExportWriter.write(files, to: directory.file("out"))
        return directory
    }

    /// The clear values a read shows, by field, for `type`.
    /// An operator manifest's spec member holds every clear value under the
    /// operator's name for it, and each hidden one is a placeholder in the
    /// credentials Secret it names.
    static func expectManifest(
        _ spec: JSONNode?, secrets: [String: JSONNode], of integration: Integration, label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (field, value) in clearValues(integration) {
            guard let path = field.otherNames[.kubernetes] else { continue }
            let parts = path.split(separator: ".").map(String.init)
            let found: String? = if parts.count == 2 {
                secrets[spec?[parts[0]]?["name"]?.stringValue ?? ""]?["stringData"]?[parts[1]]?.stringValue
            } else {
                spec?[path]?.stringValue
            }
            let wanted: String? = switch value {
            case .text(let text): text
            case .bool(let flag): flag ? "enabled" : "disabled"
            default: nil
            }
            #expect(found == wanted, "\(label)\(integration.type).\(path)", sourceLocation: sourceLocation)
        }
        for field in IntegrationCatalog.entry(for: integration.type).fields
        where field.readBack.hidesValue && integration.fields[field.key] != nil {
            guard let path = field.otherNames[.kubernetes] else { continue }
            let parts = path.split(separator: ".").map(String.init)
            let secret = secrets[spec?[parts[0]]?["name"]?.stringValue ?? ""]
            #expect(secret?["metadata"]?["labels"]?["atlas.mongodb.com/type"]?.stringValue == "credentials",
                    sourceLocation: sourceLocation)
            #expect(secret?["stringData"]?[parts[1]]?.stringValue?.hasPrefix("REPLACE-ME: ") == true,
                    "\(label)\(integration.type).\(path) is a placeholder", sourceLocation: sourceLocation)
        }
    }

    static func clearValues(_ integration: Integration) -> [(CatalogField, IntegrationFieldValue)] {
        IntegrationCatalog.entry(for: integration.type).fields.compactMap { field in
            guard !field.readBack.hidesValue, let value = integration.fields[field.key] else { return nil }
            if case .text(let text) = value, text.isEmpty { return nil }
            return (field, value)
        }
    }

    static func checkNothingHidden(_ files: [ExportFile], sourceLocation: SourceLocation = #_sourceLocation) {
        for file in files {
            #expect(!file.contents.contains("*"), "\(file.path) holds a masked value", sourceLocation: sourceLocation)
            for secret in hiddenSeedValues {
                #expect(!file.contents.contains(secret), "\(file.path) holds a secret", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: - Terraform

    @Test func terraformOfQAAutomationParsesWithEveryClearValueAVariablePerHiddenOneAndAnImportEach() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let project = try await Self.read(Self.qaID, client)
            #expect(project.integrations.count == 10, "the seed has every kind")
            let files = IntegrationExport.files(for: [project], format: .terraform)
            Self.checkNothingHidden(files)
            let directory = try Self.write(files)
            let path = directory.file("out/main.tf")
            let tf = try await ExportParsers.terraform(path)

            #expect(tf["terraform"]?.arrayItems.first?["required_providers"]?.arrayItems.first?["mongodbatlas"]?["source"]?.stringValue == "mongodb/mongodbatlas")
            var resources: [String: [String: JSONNode]] = [:]
            for block in tf["resource"]?.arrayItems ?? [] {
                for (name, attributes) in block["mongodbatlas_third_party_integration"]?.objectValue ?? [:] {
                    resources[name] = attributes.objectValue
                }
            }
            let variables = Dictionary((tf["variable"]?.arrayItems ?? []).flatMap { $0.objectValue ?? [:] }, uniquingKeysWith: { a, _ in a })
            let imports = (tf["import"]?.arrayItems ?? []).compactMap { $0["id"]?.stringValue }

            let expressible = project.integrations.filter { IntegrationCatalog.entry(for: $0.type).notExpressible[.terraform] == nil }
            #expect(expressible.count == 7)
            #expect(resources.count == expressible.count)
            for integration in expressible {
                let entry = IntegrationCatalog.entry(for: integration.type)
                guard let resource = resources.values.first(where: { $0["type"]?.stringValue == entry.otherNames[.terraform] }) else {
                    Issue.record("no resource for \(integration.type)")
                    continue
                }
                #expect(resource["project_id"]?.stringValue == Self.qaID)
                #expect(imports.contains("\(Self.qaID)-\(integration.type.rawValue)"), "import block for \(integration.type)")
                for (field, value) in Self.clearValues(integration) {
                    guard let attribute = field.otherNames[.terraform] else { continue }
                    switch value {
                    case .text(let text): #expect(resource[attribute]?.stringValue == text, "\(integration.type).\(attribute)")
                    case .bool(let flag): #expect(resource[attribute]?.boolean == flag, "\(integration.type).\(attribute)")
                    default: Issue.record("unexpected value kind for \(field.key)")
                    }
                }
                for field in entry.fields where field.readBack.hidesValue && field.otherNames[.terraform] != nil
                    && (integration.fields[field.key] != nil || field.readBack == .writeOnly) {
                    let reference = resource[field.otherNames[.terraform]!]?.stringValue ?? ""
                    #expect(reference.hasPrefix("${var."), "\(integration.type).\(field.key) comes from a variable: \(reference)")
                    let name = String(reference.dropFirst("${var.".count).dropLast())
                    #expect(variables[name]?["sensitive"]?.boolean == true, "variable \(name) is sensitive")
                }
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let header = text.components(separatedBy: "terraform {").first ?? ""
            for name in ["Slack", "New Relic", "HipChat"] {
                #expect(header.contains("#   \(name) of project qa-automation"), "\(name) is named as left out, with its reason")
            }
        }
    }

    // MARK: - Kubernetes

    @Test func kubernetesOfQAAutomationParsesWithTheOperatorsNamesAndASecretBesideEachManifest() async throws {
        try await SandboxHarness.with { sandbox in
            let project = try await Self.read(Self.qaID, sandbox.client(.digest))
            let files = IntegrationExport.files(for: [project], format: .kubernetes)
            Self.checkNothingHidden(files)
            let directory = try Self.write(files)
            var manifests: [String: JSONNode] = [:]
            var secrets: [String: JSONNode] = [:]
            for file in files {
                for document in try await ExportParsers.yamlDocuments(directory.file("out/\(file.path)")) {
                    switch document["kind"]?.stringValue {
                    case "AtlasThirdPartyIntegration":
                        #expect(document["apiVersion"]?.stringValue == "atlas.mongodb.com/v1")
                        manifests[document["spec"]?["type"]?.stringValue ?? ""] = document
                    case "Secret": secrets[document["metadata"]?["name"]?.stringValue ?? ""] = document
                    case "Kustomization":
                        #expect(document["resources"]?.arrayItems.count == files.count - 1, "every manifest is listed")
                    default: Issue.record("\(file.path): unexpected document")
                    }
                }
            }
            let kustomization = files.first { $0.path == "kustomization.yaml" }?.contents ?? ""
            #expect(kustomization.contains("#   HipChat of project qa-automation"), "HipChat is named as left out")
            #expect(manifests.count == 9)
            for integration in project.integrations where integration.type != .hipChat {
                let entry = IntegrationCatalog.entry(for: integration.type)
                guard let manifest = manifests[integration.type.rawValue], let member = entry.otherNames[.kubernetes] else {
                    Issue.record("no manifest for \(integration.type)")
                    continue
                }
                #expect(manifest["spec"]?["externalProjectRef"]?["id"]?.stringValue == Self.qaID)
                Self.expectManifest(manifest["spec"]?[member], secrets: secrets, of: integration, label: "")
            }
        }
    }

    // MARK: - atlas api

    @Test func atlasAPIBodiesOnceFilledMatchTheSchemaAndTheSandboxHoldsWhatTheyCarry() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let project = try await Self.read(Self.qaID, client)
            let files = IntegrationExport.files(for: [project], format: .atlasAPI)
            Self.checkNothingHidden(files)
            let script = try #require(files.first { $0.path == "apply.sh" })
            for name in ["Slack", "New Relic", "HipChat"] {
                #expect(script.contents.contains("#   \(name) of project qa-automation"), "\(name) is named as left out")
            }
            let document = try OpenAPIDocument.loadReference()
            let pointer = OpenAPIDocument.requestBodyPointer(
                path: "/api/atlas/v2/groups/{groupId}/integrations/{integrationType}", method: "put",
                mediaType: AtlasClient.mediaType)
            let bodies = files.filter { $0.path.hasSuffix(".json") }
            #expect(bodies.count == 7)
            for body in bodies {
                let type = IntegrationType(rawValue: String(body.path.split(separator: "/").last!.dropLast(5)))
                let original = try #require(project.integrations.first { $0.type == type })
                // As written, placeholders in, it is JSON, the placeholders strings.
                let unfilled = try JSONNode(json: body.contents)
                for field in IntegrationCatalog.entry(for: type).fields where field.readBack.hidesValue && field.isWritable {
                    #expect(unfilled[field.key]?.stringValue?.hasPrefix("REPLACE-ME") == true, "\(body.path) \(field.key)")
                }
                // Unfilled, Atlas would refuse it: the schema's checks of a
                // key's shape say so for the typed keys.
                let filled = Self.fill(body.contents, type)
                #expect(!filled.contains("REPLACE-ME"))
                #expect(try document.violations(of: Data(filled.utf8), against: pointer) == [], "\(body.path)")

                _ = try await client.send(.put, ["groups", Self.qaID, "integrations", type.rawValue], body: Data(filled.utf8))
                let after = try #require(try await client.integration(type, projectID: Self.qaID))
                let sent = try JSONNode(json: filled)
                for field in IntegrationCatalog.entry(for: type).fields {
                    guard let value = sent[field.key] else { continue }
                    switch (field.readBack, value) {
                    case (.clear, .string(let text)): #expect(after.text(field.key) == text, "\(type).\(field.key)")
                    case (.clear, .bool(let flag)): #expect(after.bool(field.key) == flag, "\(type).\(field.key)")
                    case (.writeOnly, _): #expect(after.fields[field.key] == nil)
                    case (let readBack, .string(let text)):
                        #expect(after.masked(field.key)?.masked == readBack.readBack(of: text), "\(type).\(field.key) holds the filled value")
                    default: Issue.record("\(type).\(field.key): unexpected value")
                    }
                }
                // Every clear value exported is what Atlas held before.
                for (field, value) in Self.clearValues(original) where field.isWritable {
                    switch value {
                    case .text(let text): #expect(sent[field.key]?.stringValue == text, "\(type).\(field.key)")
                    case .bool(let flag): #expect(sent[field.key]?.boolean == flag, "\(type).\(field.key)")
                    default: break
                    }
                }
            }
        }
    }

    /// Real values for each placeholder: what an operator pastes in.
    static func fill(_ body: String, _ type: IntegrationType) -> String {
        let values: [String: String] = [
            "serviceKey": "0123456789abcdef0123456789abcdef",
            "apiKey": type == .datadog ? "fedcba9876543210fedcba9876543210" : "a1b2c3d4-0000-4e5f-8a6b-1c2d3e4f5a6b",
            "url": "https://hooks.example.org/atlas/filled-in",
            "secret": "filled-in-signing-secret",
            "bodyTemplate": #"{\"filled\": \"${alert.eventTypeName}\"}"#,
            "headersTemplate": #"{\"X-Filled\": \"yes\"}"#,
            "microsoftTeamsWebhookUrl": "https://example.webhook.office.com/webhookb2/filled/IncomingWebhook/0001",
            "password": "filled-prometheus-password",
        ]
        var lines: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.contains("REPLACE-ME"), let key = line.split(separator: "\"").dropFirst().first.map(String.init),
                  let value = values[key] else {
                lines.append(String(line))
                continue
            }
            lines.append("  \"\(key)\": \"\(value)\"" + (line.hasSuffix(",") ? "," : ""))
        }
        return lines.joined(separator: "\n")
    }

    @Test func theScriptRefusesToSendWhileAPlaceholderIsLeftAndThenSendsEachBodyWithTheAtlasCLI() async throws {
        try await SandboxHarness.with { sandbox in
            let project = try await Self.read(Self.qaID, sandbox.client(.digest))
            let files = IntegrationExport.files(for: [project], format: .atlasAPI)
            let directory = try Self.write(files)
            // A stand-in `atlas` that records how it was called.
            let bin = try directory.directory("bin")
            let calls = directory.file("calls.txt")
            try "#!/bin/sh\necho \"$*\" >> \(calls)\n".write(toFile: bin + "/atlas", atomically: true, encoding: .utf8)
            chmod(bin + "/atlas", 0o755)

            let refused = try await Self.runScript(directory.file("out/apply.sh"), path: bin)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("still holds a REPLACE-ME placeholder"))
            #expect(refused.errors.contains("nothing was sent"))
            #expect(!FileManager.default.fileExists(atPath: calls), "nothing reached the CLI")

            for file in files where file.path.hasSuffix(".json") {
                let type = IntegrationType(rawValue: String(file.path.split(separator: "/").last!.dropLast(5)))
                try Self.fill(file.contents, type).write(toFile: directory.file("out/\(file.path)"), atomically: true, encoding: .utf8)
            }
            let sent = try await Self.runScript(directory.file("out/apply.sh"), path: bin)
            #expect(sent.status == 0, "\(sent.errors)")
            let lines = try String(contentsOfFile: calls, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 7)
            #expect(lines.allSatisfy {
                $0.hasPrefix("api thirdPartyIntegrations updateGroupIntegration --groupId \(Self.qaID) --integrationType ")
                    && $0.contains("--version 2023-01-01 --file qa-automation/")
            })
        }
    }

    static func runScript(_ script: String, path: String) async throws -> (status: Int32, errors: String) {
        try await offThePool { try runScriptBlocking(script, path: path) }
    }

    static func runScriptBlocking(_ script: String, path: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [script]
        process.environment = ["PATH": "\(path):/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    // MARK: - Many projects

    /// What the large-seed test configures on the project at `index`:
    /// six creatable types on overlapping subsets of the projects, each with
    /// values of its own (keys, regions, user names, routing keys, toggles),
    /// so a value exported under the wrong project or type is caught.
    static func largeSeedSettings(_ index: Int) throws -> [IntegrationSettings] {
        func hex32(_ salt: Int) -> String { String(format: "%08x%08x%08x%08x", salt, index, 0x5eed, index * 7 + salt) }
        func uuid(_ salt: Int) -> String { String(format: "%08x-%04x-4%03x-8%03x-%012x", 0xa1b2c3d4, salt, index % 4_096, salt, index) }
        var settings: [IntegrationSettings] = []
        if index % 2 == 0 {
            settings.append(try IntegrationSettings(.pagerDuty, [
                "serviceKey": .secret(SecretValue(hex32(1))), "region": .text(index % 4 == 0 ? "EU" : "US")]))
        }
        if index % 3 == 0 {
            let regions = ["US", "EU", "US3", "US5", "AP1"]
            settings.append(try IntegrationSettings(.datadog, [
                "apiKey": .secret(SecretValue(hex32(2))), "region": .text(regions[index % regions.count]),
                "sendDatabaseMetrics": .bool(index % 2 == 0), "sendQueryStatsMetrics": .bool(index % 5 == 0)]))
        }
        if index % 4 == 1 {
            settings.append(try IntegrationSettings(.victorOps, [
                "apiKey": .secret(SecretValue(uuid(3))), "routingKey": .text("route-\(index)")]))
        }
        if index % 5 == 0 {
            settings.append(try IntegrationSettings(.prometheus, [
                "username": .text("prom_user_\(index)"), "password": .secret(SecretValue("prom-pass-\(index)-x9")),
                "serviceDiscovery": .text(index % 10 == 0 ? "file" : "http"), "enabled": .bool(true)]))
        }
        if index % 7 == 0 {
            settings.append(try IntegrationSettings(.opsGenie, [
                "apiKey": .secret(SecretValue(uuid(4))), "region": .text(index % 14 == 0 ? "EU" : "US")]))
        }
        if index % 11 == 0 {
            settings.append(try IntegrationSettings(.webhook, [
                "url": .secret(SecretValue("https://hooks.example.org/atlas/\(index)/c0ffee\(index)")),
                "secret": .secret(SecretValue("signing-\(index)-s3cr3t"))]))
        }
        return settings
    }

    /// 240 projects, six types configured in different combinations and
    /// values: every format parsed by its real parser (python-hcl2, PyYAML,
    /// JSON), every configured integration present under its own project
    /// with every clear value Atlas returned, every hidden one a sensitive
    /// variable or a placeholder, and no masked value or stored secret in
    /// any file.
    @Test func aLargeSeedExportsEveryConfiguredIntegrationOfEveryProjectWithEveryClearValue() async throws {
        try await SandboxHarness.with(SandboxConfiguration(seed: .large(240))) { sandbox in
            let client = sandbox.client(.digest)
            let organizations = try await client.listOrganizations()
            var all: [Project] = []
            for organization in organizations { all += try await client.listProjects(orgID: organization.id) }
            #expect(all.count == 240)
            var storedSecrets: Set<String> = []
            var created = 0
            var projects: [ExportedProject] = []
            for (index, project) in all.enumerated() {
                for settings in try Self.largeSeedSettings(index) {
                    _ = try await client.create(settings, projectID: project.id)
                    created += 1
                    for secret in settings.hiddenValues { storedSecrets.insert(secret.clearText) }
                }
                projects.append(ExportedProject(id: project.id, name: project.name,
                                                integrations: try await client.listIntegrations(projectID: project.id)))
            }
            let configured = projects.flatMap { project in project.integrations.map { (project, $0) } }
            #expect(configured.count == created, "every one created is read back")
            #expect(created == 365)
            #expect(Set(configured.map(\.1.type)).count == 6)

            for format in ExportFormat.allCases {
                let files = IntegrationExport.files(for: projects, format: format)
                for file in files {
                    #expect(!file.contents.contains("*"), "\(format) \(file.path) holds a masked value")
                    for secret in storedSecrets where file.contents.contains(secret) {
                        Issue.record("\(format) \(file.path) holds a stored secret")
                    }
                }
                let directory = try Self.write(files)
                switch format {
                case .terraform: try await Self.checkTerraform(directory.file("out/main.tf"), configured)
                case .kubernetes: try await Self.checkKubernetes(directory, files, configured)
                case .atlasAPI: try Self.checkAtlasAPI(files, projects, configured)
                }
            }
        }
    }

    /// Each integration's resource (found by project and type), its import
    /// block, every clear value under the provider's name, every hidden one
    /// a sensitive variable.
    static func checkTerraform(_ path: String, _ configured: [(ExportedProject, Integration)]) async throws {
        let tf = try await ExportParsers.terraform(path)
        var resources: [[String: JSONNode]] = []
        var names: [String] = []
        for block in tf["resource"]?.arrayItems ?? [] {
            for (name, attributes) in block["mongodbatlas_third_party_integration"]?.objectValue ?? [:] {
                names.append(name)
                resources.append(attributes.objectValue ?? [:])
            }
        }
        #expect(Set(names).count == names.count, "every resource has a name of its own")
        #expect(resources.count == configured.count)
        let variables = Dictionary((tf["variable"]?.arrayItems ?? []).flatMap { $0.objectValue ?? [:] }, uniquingKeysWith: { a, _ in a })
        let imports = Set((tf["import"]?.arrayItems ?? []).compactMap { $0["id"]?.stringValue })
        #expect(imports.count == configured.count)
        for (project, integration) in configured {
            let entry = IntegrationCatalog.entry(for: integration.type)
            let found = resources.filter {
                $0["project_id"]?.stringValue == project.id && $0["type"]?.stringValue == entry.otherNames[.terraform]
            }
            guard found.count == 1, let resource = found.first else {
                Issue.record("\(project.name) \(integration.type): \(found.count) resources")
                continue
            }
            #expect(imports.contains("\(project.id)-\(integration.type.rawValue)"))
            for (field, value) in clearValues(integration) {
                guard let attribute = field.otherNames[.terraform] else { continue }
                switch value {
                case .text(let text): #expect(resource[attribute]?.stringValue == text, "\(project.name) \(integration.type).\(attribute)")
                case .bool(let flag): #expect(resource[attribute]?.boolean == flag, "\(project.name) \(integration.type).\(attribute)")
                default: Issue.record("unexpected value kind for \(field.key)")
                }
            }
            for field in entry.fields where field.readBack.hidesValue && field.otherNames[.terraform] != nil
                && (integration.fields[field.key] != nil || field.readBack == .writeOnly) {
                let reference = resource[field.otherNames[.terraform]!]?.stringValue ?? ""
                #expect(reference.hasPrefix("${var."), "\(project.name) \(integration.type).\(field.key): \(reference)")
                let name = String(reference.dropFirst("${var.".count).dropLast())
                #expect(variables[name]?["sensitive"]?.boolean == true, "variable \(name) is sensitive")
            }
        }
    }

    /// Every manifest and Secret parsed; each integration's manifest (found
    /// by project and type) with every clear value under the operator's
    /// name, in the spec or in its Secret, and a placeholder for each hidden one.
    static func checkKubernetes(
        _ directory: TemporaryDirectory, _ files: [ExportFile], _ configured: [(ExportedProject, Integration)]
    ) async throws {
        let parsed = try await ExportParsers.yamlDocuments(of: files.map { directory.file("out/\($0.path)") })
        #expect(parsed.count == files.count, "every file parsed")
        var manifests: [String: JSONNode] = [:]
        var secrets: [String: JSONNode] = [:]
        for document in parsed.values.flatMap({ $0 }) {
            switch document["kind"]?.stringValue {
            case "AtlasThirdPartyIntegration":
                let key = "\(document["spec"]?["externalProjectRef"]?["id"]?.stringValue ?? "")/\(document["spec"]?["type"]?.stringValue ?? "")"
                #expect(manifests[key] == nil, "one manifest for \(key)")
                manifests[key] = document
            case "Secret":
                let name = document["metadata"]?["name"]?.stringValue ?? ""
                #expect(secrets[name] == nil, "one Secret named \(name)")
                secrets[name] = document
            case "Kustomization": #expect(document["resources"]?.arrayItems.count == files.count - 1)
            default: Issue.record("unexpected document \(document)")
            }
        }
        #expect(manifests.count == configured.count)
        for (project, integration) in configured {
            let entry = IntegrationCatalog.entry(for: integration.type)
            guard let manifest = manifests["\(project.id)/\(integration.type.rawValue)"], let member = entry.otherNames[.kubernetes] else {
                Issue.record("no manifest for \(project.name) \(integration.type)")
                continue
            }
            Self.expectManifest(manifest["spec"]?[member], secrets: secrets, of: integration, label: "\(project.name) ")
        }
    }

    /// Every body parsed as JSON as written (placeholders in), under its
    /// project's directory, with `type`, every writable clear value as read
    /// and a placeholder string for every hidden one; apply.sh sends each.
    static func checkAtlasAPI(_ files: [ExportFile], _ projects: [ExportedProject], _ configured: [(ExportedProject, Integration)]) throws {
        let slugs = ExportNaming.projectSlugs(projects)
        let bodies = Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasSuffix(".json") }.map { ($0.path, $0.contents) })
        #expect(bodies.count == configured.count)
        let script = files.first { $0.path == "apply.sh" }?.contents ?? ""
        for (project, integration) in configured {
            let path = "\(slugs[project.id] ?? project.id)/\(integration.type.rawValue).json"
            guard let text = bodies[path] else {
                Issue.record("no body \(path)")
                continue
            }
            #expect(script.contains("\(project.id) \(integration.type.rawValue) \(path)"), "apply.sh sends \(path)")
            let body = try JSONNode(json: text)
            #expect(body["type"]?.stringValue == integration.type.rawValue)
            for (field, value) in clearValues(integration) where field.isWritable {
                switch value {
                case .text(let clear): #expect(body[field.key]?.stringValue == clear, "\(path) \(field.key)")
                case .bool(let flag): #expect(body[field.key]?.boolean == flag, "\(path) \(field.key)")
                default: break
                }
            }
            for field in IntegrationCatalog.entry(for: integration.type).fields where field.readBack.hidesValue && field.isWritable {
                #expect(body[field.key]?.stringValue?.hasPrefix("REPLACE-ME") == true, "\(path) \(field.key) is a placeholder")
            }
        }
    }

    // MARK: - Files

    @Test func filesAreTheOperatorsOnlyAndAnOlderExportIsNeverMixedIn() throws {
        let directory = try TemporaryDirectory()
        let target = directory.file("export")
        let files = [ExportFile(path: "main.tf", contents: "x"), ExportFile(path: "p/apply.sh", contents: "y", isExecutable: true)]
        let old = umask(0)
        defer { umask(old) }
        try ExportWriter.write(files, to: target)
        let mode = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1 }
        #expect(mode(target + "/main.tf") == 0o600)
        #expect(mode(target + "/p/apply.sh") == 0o700)
        #expect(mode(target + "/p") == 0o700)
        #expect(throws: ExportWriter.Failure.notEmpty(target)) { try ExportWriter.write(files, to: target) }
        try ExportWriter.write([ExportFile(path: "main.tf", contents: "z")], to: target, replacing: true)
        #expect(try String(contentsOfFile: target + "/main.tf", encoding: .utf8) == "z")
    }
}
