import Foundation
import Testing
import TestSupport
@testable import AtlasAdmin

/// What an export does with awkward text from Atlas (quotes, template
/// markers, newlines, escape sequences, wide names) and the Prometheus
/// scrape configuration, each read back by the real parser.
@Suite struct ExportTextTests {
    static let hostileName = "ops \"night\"\n\u{1B}[31m東京 ${x} %{y} # \\ */"
    static let hostileRoutingKey = "route \"a\"\n${var.x} %{if} \\u0041 \u{1B}]52;c;AA\u{7} 東京\u{2028}end"

    static var hostileProject: ExportedProject {
        ExportedProject(id: "5f0000000000000000000abc", name: hostileName, integrations: [
            Integration(raw: [
                "type": .string("VICTOR_OPS"), "apiKey": .string("********************************8c7d"),
                "routingKey": .string(hostileRoutingKey),
            ]),
            Integration(raw: ["type": .string("SOME_FUTURE_KIND"), "token": .string("abc")]),
        ])
    }

    static func write(_ files: [ExportFile]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try ExportWriter.write(files, to: directory.file("out"))
        return directory
    }

    @Test func awkwardTextStaysOneValueInTerraform() async throws {
        let files = IntegrationExport.files(for: [Self.hostileProject], format: .terraform)
        let text = files[0].contents
        #expect(!text.contains("\u{1B}"), "no escape sequence reaches the file")
        let directory = try Self.write(files)
        let tf = try await ExportParsers.terraform(directory.file("out/main.tf"))
        let resources = (tf["resource"]?.arrayItems ?? []).compactMap { $0["mongodbatlas_third_party_integration"]?.objectValue?.values.first }
        #expect(resources.count == 1)
        #expect(resources.first?["routing_key"]?.stringValue == Self.hostileRoutingKey, "the value is what Atlas holds, byte for byte")
        #expect(text.contains("#   SOME_FUTURE_KIND of project"), "a kind this version does not know is named, not dropped")
        #expect(resources.first?["type"]?.stringValue == "VICTOR_OPS")
    }

    @Test func awkwardTextStaysOneValueInTheManifestsAndTheBodies() async throws {
        let kubernetes = IntegrationExport.files(for: [Self.hostileProject], format: .kubernetes)
        let directory = try Self.write(kubernetes)
        let manifest = try #require(kubernetes.first { $0.path.hasSuffix("victor-ops.yaml") })
        #expect(manifest.path == "project-5f0000000000000000000abc-victor-ops.yaml" || manifest.path.hasPrefix("ops-night-"),
                "a name is built from the ASCII of the project's name: \(manifest.path)")
        let documents = try await ExportParsers.yamlDocuments(directory.file("out/\(manifest.path)"))
        #expect(documents.first?["spec"]?["victorOps"]?["routingKey"]?.stringValue == Self.hostileRoutingKey)
        for file in kubernetes { #expect(!file.contents.contains("\u{1B}"), "\(file.path)") }

        let bodies = IntegrationExport.files(for: [Self.hostileProject], format: .atlasAPI)
        let body = try #require(bodies.first { $0.path.hasSuffix("VICTOR_OPS.json") })
        #expect(try JSONNode(json: body.contents)["routingKey"]?.stringValue == Self.hostileRoutingKey)
        #expect(!(bodies.first { $0.path == "apply.sh" }?.contents.contains("\u{1B}") ?? true))
    }

    @Test func aProjectIDOfAnyOtherShapeIsNeverWrittenIntoAPathOrTheScript() {
        var project = Self.hostileProject
        project.id = "x'; rm -rf ~; '"
        for format in ExportFormat.allCases {
            let files = IntegrationExport.files(for: [project], format: format)
            #expect(files.allSatisfy { !$0.contents.contains("rm -rf") && !$0.path.contains("'") }, "\(format)")
        }
    }

    // MARK: - Prometheus

    static let atlas = URL(string: "https://cloud.mongodb.com")!

    static func prometheus(_ discovery: String) -> ExportedProject {
        ExportedProject(id: "5ccfe2849d3c2b1a0f00000f", name: "Lagerverwaltung-Prod", integrations: [
            Integration(raw: [
                "type": .string("PROMETHEUS"), "username": .string("prom_user_5ccfe2849d3c2b1a0f00000f"),
                "serviceDiscovery": .string(discovery), "enabled": .bool(true),
            ]),
        ])
    }

    static func parse(_ text: String) async throws -> JSONNode {
        let directory = try TemporaryDirectory()
        try ExportWriter.writeFile(text, to: directory.file("prometheus.yml"))
        return try #require(try await ExportParsers.yamlDocuments(directory.file("prometheus.yml")).first)
    }

    @Test func httpDiscoveryNamesTheProjectsEndpointWithBasicAuthAndThePasswordTypedThisSession() async throws {
        let text = try PrometheusScrapeConfig.render(project: Self.prometheus("http"), baseURL: Self.atlas, password: "typed-pw").get()
        let job = try #require(try await Self.parse(text)["scrape_configs"]?.arrayItems.first)
        #expect(job["metrics_path"]?.stringValue == "/metrics")
        #expect(job["scheme"]?.stringValue == "https")
        #expect(job["scrape_interval"]?.stringValue == "10s")
        #expect(job["basic_auth"]?["username"]?.stringValue == "prom_user_5ccfe2849d3c2b1a0f00000f")
        #expect(job["basic_auth"]?["password"]?.stringValue == "typed-pw")
        let discovery = try #require(job["http_sd_configs"]?.arrayItems.first)
        #expect(discovery["url"]?.stringValue == "https://cloud.mongodb.com/prometheus/v1.0/groups/5ccfe2849d3c2b1a0f00000f/discovery")
        #expect(discovery["refresh_interval"]?.stringValue == "60s")
        #expect(discovery["basic_auth"]?["password"]?.stringValue == "typed-pw")
    }

    @Test func withoutThePasswordThereIsAPlaceholderAndANoteAndFileDiscoveryNamesTheTargetsFile() async throws {
        let text = try PrometheusScrapeConfig.render(project: Self.prometheus("file"), baseURL: Self.atlas, password: nil).get()
        #expect(text.contains("# Atlas never returns the password"))
        let job = try #require(try await Self.parse(text)["scrape_configs"]?.arrayItems.first)
        #expect(job["basic_auth"]?["password"]?.stringValue?.hasPrefix("REPLACE-ME: ") == true)
        #expect(job["file_sd_configs"]?.arrayItems.first?["files"]?.arrayItems.first?.stringValue == "/usr/local/etc/targets.json")
        #expect(job["http_sd_configs"] == nil)
        #expect(text.contains("https://cloud.mongodb.com/prometheus/v1.0/groups/5ccfe2849d3c2b1a0f00000f/discovery"),
                "the file job's note says where the targets come from")
    }

    /// The scrape configuration is written from the fields the catalog
    /// names: they must be fields of the type, the user name one Atlas
    /// returns, the password one it never does (so the file holds it only
    /// when typed), and the file value one the discovery field offers.
    @Test func theFieldsTheCatalogNamesForAScrapeConfigurationAreTheTypesOwn() async throws {
        let scraped = IntegrationCatalog.entries.filter { $0.scrapeConfiguration != nil }
        #expect(scraped.map(\.type) == [.prometheus])
        for entry in scraped {
            let scrape = try #require(entry.scrapeConfiguration)
            #expect(entry.field(scrape.usernameField)?.readBack == .clear)
            #expect(entry.field(scrape.passwordField)?.readBack == .writeOnly)
            guard case .choice(let options)? = entry.field(scrape.discoveryField)?.kind else {
                Issue.record("\(entry.type.rawValue): \(scrape.discoveryField) is not a choice")
                continue
            }
            #expect(options.map(\.value).contains(scrape.fileDiscoveryValue))
        }
        // An integration of a type without one gets none, even beside others.
        let teams = Integration(type: .microsoftTeams, id: "6a0000000000000000000001", fields: [:])
        let project = ExportedProject(id: "5ccfe2849d3c2b1a0f00000f", name: "x", integrations: [teams])
        #expect(PrometheusScrapeConfig.render(project: project, baseURL: Self.atlas, password: nil) == .failure(.notConfigured))
    }

    @Test func atlasForGovernmentIsToldItHasNoPrometheusAndAProjectWithoutOneToo() {
        let government = URL(string: "https://cloud.mongodbgov.com")!
        #expect(PrometheusScrapeConfig.render(project: Self.prometheus("http"), baseURL: government, password: nil)
            == .failure(.government))
        #expect(PrometheusScrapeConfig.Refusal.government.message.contains("Atlas for Government does not support"))
        let none = ExportedProject(id: "5ccfe2849d3c2b1a0f00000f", name: "x", integrations: [])
        #expect(PrometheusScrapeConfig.render(project: none, baseURL: Self.atlas, password: nil) == .failure(.notConfigured))
    }
}
