import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// `atlas-integrations export …` against `sandbox` with the demo API key
    /// in the environment.
    static func exportCommand(_ arguments: [String], sandbox: SandboxProcess, in directory: TemporaryDirectory) throws -> CommandRun {
        try CommandRun.run(try BuiltProducts.binary("atlas-integrations"), ["export"] + arguments,
                           environment: sandbox.apiKeyEnvironment, in: directory)
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    /// Every value the demo seed holds in clear that Atlas hides on a read.
    static var hiddenSeedValues: [String] {
        DemoSeed.integrations.flatMap { seeded -> [String] in
            let entry = IntegrationCatalog.entry(for: IntegrationType(rawValue: seeded.type))
            return seeded.settings.compactMap { key, value in entry.field(key)?.readBack.hidesValue == true ? value : nil }
        }
    }

    /// From qa-automation's menu: x, t; the Terraform file is on disk in
    /// the working directory, the operator's only, with a resource per
    /// integration the provider can express and nothing Atlas hides.
    @Test func exportsAProjectToTerraformFromItsMenu() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        try await terminal.openProject(filter: "qa-auto", expecting: "qa-automation")
        try terminal.press("x")
        let dialog = try await terminal.waitFor("Export “qa-automation”")
        #expect(dialog.contains("Terraform · 7 integrations, 3 it cannot express"))
        try terminal.press("t")
        let done = try await terminal.waitFor("Wrote the Terraform export to")
        let directory = journey.directory.file("atlas-integrations-qa-automation-terraform")
        #expect(done.contains("atlas-integrations-qa-automation-terraform"), "\(done)")
        let text = try String(contentsOfFile: directory + "/main.tf", encoding: .utf8)
        #expect(Self.mode(directory) == 0o700)
        #expect(Self.mode(directory + "/main.tf") == 0o600)
        #expect(text.components(separatedBy: "resource \"mongodbatlas_third_party_integration\"").count - 1 == 7)
        #expect(text.contains("id = \"\(DemoSeed.qaAutomationProjectID)-PROMETHEUS\""))
        #expect(!text.contains("*"))
        for secret in Self.hiddenSeedValues { #expect(!text.contains(secret), "a secret in main.tf") }

        // Again: a fresh directory beside the first, never mixed into it.
        try terminal.press("x")
        try await terminal.waitFor("Export “qa-automation”")
        try terminal.press("k")
        try await terminal.waitFor("atlas-integrations-qa-automation-kubernetes (19 files)")
        try terminal.press("x")
        try await terminal.waitFor("Export “qa-automation”")
        try terminal.press("t")
        try await terminal.waitFor("atlas-integrations-qa-automation-terraform-2 (1 file)")
    }

    /// The command line: a project to Kubernetes, an organization to atlas
    /// api bodies, and the refusals.
    @Test func theExportCommandWritesEachFormatAndRefusesBadInputClearly() async throws {
        let directory = try TemporaryDirectory()
        let sandbox = try SandboxProcess(in: directory)
        defer { sandbox.stop() }

        let kubernetes = try Self.exportCommand(
            ["--project", DemoSeed.qaAutomationProjectID, "--format", "kubernetes", "--output", directory.file("k8s")],
            sandbox: sandbox, in: directory)
        #expect(kubernetes.status == 0, "\(kubernetes.stderr)")
        #expect(kubernetes.stdout.contains("wrote 19 files"), "\(kubernetes.stdout)")
        let manifests = try FileManager.default.contentsOfDirectory(atPath: directory.file("k8s"))
        #expect(manifests.count == 19)
        #expect(manifests.allSatisfy { Self.mode(directory.file("k8s/\($0)")) == 0o600 })

        let sakura = try Self.exportCommand(
            ["--org", "Sakura-Fintech", "--types", "PagerDuty,VICTOR_OPS,MICROSOFT_TEAMS", "--format", "atlas-api",
             "--output", directory.file("api")], sandbox: sandbox, in: directory)
        #expect(sakura.status == 0, "\(sakura.stderr)")
        let script = try String(contentsOfFile: directory.file("api/apply.sh"), encoding: .utf8)
        // 本番-決済サービス's PagerDuty, 대시보드-운영's Teams, 결제-게이트웨이's VictorOps, and qa-automation's three.
        #expect(script.split(separator: "\n").filter { $0.hasSuffix(".json") }.count == 6, "\(script)")
        #expect(Self.mode(directory.file("api/apply.sh")) == 0o700)
        for file in try FileManager.default.subpathsOfDirectory(atPath: directory.file("api")) where file.hasSuffix(".json") {
            let body = try String(contentsOfFile: directory.file("api/\(file)"), encoding: .utf8)
            #expect(!body.contains("*"))
            for secret in Self.hiddenSeedValues { #expect(!body.contains(secret)) }
        }

        let again = try Self.exportCommand(
            ["--project", DemoSeed.qaAutomationProjectID, "--format", "kubernetes", "--output", directory.file("k8s")],
            sandbox: sandbox, in: directory)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds files"))
        // The status is documented where a script's author looks.
        let help = try Self.exportCommand(["--help"], sandbox: sandbox, in: directory)
        let helpText = (help.stdout + help.stderr).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(helpText.contains("1 when the files could not be written, among them an output directory that already holds files and no --replace"),
                "\(helpText)")

        let badID = try Self.exportCommand(["--project", "5c8a1e5d", "--format", "terraform"], sandbox: sandbox, in: directory)
        #expect(badID.status == 64)
        #expect(badID.stderr.contains("24-character hexadecimal project id"))
        let badFormat = try Self.exportCommand(["--org", "x", "--format", "hcl"], sandbox: sandbox, in: directory)
        #expect(badFormat.status == 64)
        #expect(badFormat.stderr.contains("--format must be terraform, kubernetes or atlas-api"))
        let both = try Self.exportCommand(["--format", "terraform"], sandbox: sandbox, in: directory)
        #expect(both.stderr.contains("give --project or --org"))
        let unknownOrg = try Self.exportCommand(["--org", "Nope", "--format", "terraform", "--output", directory.file("none")],
                                                sandbox: sandbox, in: directory)
        #expect(unknownOrg.status == 2)
        #expect(unknownOrg.stderr.contains("No organization these credentials see"))
        #expect(!FileManager.default.fileExists(atPath: directory.file("none")), "nothing is written when nothing was read")
    }
}
