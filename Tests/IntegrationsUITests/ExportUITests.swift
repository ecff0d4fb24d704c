import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

extension AppDriver {
    var lastWriteFiles: (id: RequestID, files: [ExportFile], directory: String)? {
        last { if case .writeFiles(let id, let files, let directory) = $0 { (id, files, directory) } else { nil } }
    }

    var writeCount: Int { effects.filter { if case .writeFiles = $0 { true } else { false } }.count }
}

/// Exporting from the menu and the matrix, and the Prometheus scrape
/// configuration, driven with keys; the files are what the effect carries.
@Suite struct ExportUITests {
    static let prometheus = Integration(type: .prometheus, id: "6a0000000000000000000009", fields: [
        "username": .text("prom_user_5f1a00000000000000000001"), "serviceDiscovery": .text("http"), "enabled": .bool(true),
    ])

    @Test func xOnTheMenuAsksForTheFormatSaysWhatEachHoldsAndWritesTheChosenOne() throws {
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject()
        #expect(driver.rows()[29].contains("x export"), "the footer names the key")
        driver.press(.character("x"))
        let dialog = driver.text
        #expect(dialog.contains("Export “production-east”"))
        #expect(dialog.contains("t  Terraform · 2 integrations, 1 it cannot express"), "Slack cannot be in Terraform:\n\(dialog)")
        #expect(dialog.contains("k  Kubernetes operator · 3 integrations"))
        #expect(driver.writeCount == 0, "nothing is written before the choice")
        driver.press(.character("t"))
        let write = try #require(driver.lastWriteFiles)
        #expect(write.directory == "atlas-integrations-production-east-terraform")
        let main = try #require(write.files.first { $0.path == "main.tf" })
        #expect(main.contents.contains("id = \"5f1a00000000000000000001-PAGER_DUTY\""))
        #expect(main.contents.contains("#   Slack of project production-east"))
        #expect(!main.contents.contains("*"), "no masked value is written")
        #expect(!driver.text.contains("Terraform ·"), "the dialog closed")

        driver.send(.filesWritten(write.id, directory: "/home/op/atlas-integrations-production-east-terraform", count: 1))
        #expect(driver.text.contains("Wrote the Terraform export to /home/op/atlas-integrations-production-east-terraform (1 file)."))
    }

    @Test func escCancelsTheExportAndAFailedWriteSaysSoAndKeepsTheMenu() throws {
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject()
        driver.press(.character("x"))
        driver.press(.escape)
        #expect(driver.writeCount == 0)
        #expect(driver.state.route == .menu)
        driver.press(.character("x"))
        driver.press(.character("a"))
        let write = try #require(driver.lastWriteFiles)
        #expect(write.files.contains { $0.path == "apply.sh" && $0.isExecutable })
        driver.send(.failed(write.id, .invalidInput(field: nil, message: "Could not write /: Permission denied.")))
        #expect(driver.text.contains("The atlas api JSON export could not be written."))
        #expect(driver.text.contains("Permission denied"))
        #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("configured") })
    }

    @Test func nothingConfiguredHasNothingToExport() {
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject(integrations: [])
        driver.press(.character("x"))
        #expect(!driver.text.contains("Export “"))
        driver.press(.character("?"))
        #expect(driver.text.contains("nothing configured"), "help says why x is off")
    }

    @Test func savingPrometheusShowsTheScrapeConfigurationWithThePasswordHiddenUntilShownAndInTheFile() throws {
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject(integrations: [])
        driver.openForm(.prometheus)
        driver.type("prom_user_5f1a00000000000000000001")
        driver.press(.tab)
        driver.type("s3cret-typed-pw")
        driver.press(.enter, times: 8)
        let save = try #require(driver.lastSave)
        driver.send(.saved(save.id, [Self.prometheus]))
        var text = driver.text
        #expect(text.contains("Prometheus scrape configuration"))
        #expect(text.contains("Created Prometheus on “production-east”. Its scrape configuration:"), "what was saved is said")
        #expect(text.contains("/prometheus/v1.0/groups/5f1a00000000000000000001/discovery"))
        #expect(text.contains("password: \"••••••••\""), "hidden:\n\(text)")
        #expect(!text.contains("s3cret-typed-pw"))
        driver.press(.character("v"))
        #expect(driver.text.contains("password: \"s3cret-typed-pw\""), "shown on request")
        driver.press(.character("v"))
        #expect(!driver.text.contains("s3cret-typed-pw"))
        driver.press(.character("w"))
        let write = try #require(driver.lastWriteFiles)
        #expect(write.files.map(\.path) == ["prometheus-production-east.yml"])
        #expect(write.files[0].contents.contains("password: \"s3cret-typed-pw\""), "the file has the password typed in this session")
        text = driver.text
        #expect(!text.contains("Prometheus scrape configuration"))

        // Later, from the menu's Prometheus row: the same password.
        driver.answerIntegrations([Self.prometheus])
        driver.selectRow(.prometheus)
        #expect(driver.rows()[29].contains("p scrape config"))
        driver.press(.character("p"))
        driver.press(.character("w"))
        #expect(driver.lastWriteFiles?.files.first?.contents.contains("s3cret-typed-pw") == true)
    }

    @Test func withoutATypedPasswordTheConfigurationSaysAtlasNeverReturnsItAndGovernmentHasNone() throws {
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject(integrations: [Self.prometheus])
        driver.selectRow(.prometheus)
        driver.press(.character("p"))
        #expect(driver.text.contains("Atlas never returns the password"))
        #expect(driver.text.contains("REPLACE-ME"))
        #expect(!driver.text.contains("show password"), "nothing to show")
        driver.press(.escape)
        #expect(!driver.text.contains("Prometheus scrape configuration"))

        var government = AppDriver(Fixtures.configuration(), width: 100, height: 30)
        government.state.updateConfiguration { $0.targetLabel = "https://cloud.mongodbgov.com" }
        government.openProject(integrations: [Self.prometheus])
        government.selectRow(.prometheus)
        government.press(.character("p"))
        #expect(government.text.contains("Atlas for Government does not support the Prometheus integration"))
        government.press(.character("w"))
        #expect(government.writeCount == 0, "nothing to write")
    }

    /// The menu offers `p` on a configured row exactly where the catalog
    /// says the type has a scrape configuration, and the configuration is
    /// written from the fields the catalog names (here the user name).
    @Test func pIsOfferedOnlyOnRowsWhoseTypeTheCatalogGivesAScrapeConfiguration() throws {
        let every = IntegrationCatalog.entries.enumerated().map { index, entry in
            entry.type == .prometheus ? Self.prometheus
                : Integration(type: entry.type, id: String(format: "6a00000000000000000001%02d", index), fields: [:])
        }
        var driver = AppDriver(width: 120, height: 30)
        driver.openProject(integrations: every)
        var offered: [IntegrationType] = []
        for entry in IntegrationCatalog.entries {
            driver.selectRow(entry.type)
            let footer = driver.rows()[29]
            driver.press(.character("p"))
            let opened = driver.text.contains("scrape configuration")
            #expect(footer.contains("p scrape config") == opened, "\(entry.type.rawValue): footer and key agree")
            if opened {
                offered.append(entry.type)
                let scrape = try #require(entry.scrapeConfiguration)
                let username = try #require(Self.prometheus.text(scrape.usernameField))
                #expect(driver.text.contains("username: \"\(username)\""))
                driver.press(.escape)
            }
        }
        #expect(offered == IntegrationCatalog.entries.filter { $0.scrapeConfiguration != nil }.map(\.type))
        #expect(offered == [.prometheus])
    }

    @Test func spaceMarksMatrixRowsAndXExportsTheMarkedOnes() throws {
        var driver = MatrixScreenTests.openedMatrix(width: 100, height: 30)
        driver.press(.home)
        driver.press(.character(" "), times: 3)
        let marked = try #require(driver.state.matrix?.marked)
        #expect(marked.count == 3)
        #expect(driver.rows().suffix(2).joined().contains("x export 3"), "\(driver.rows().suffix(2))")
        driver.press(.character("x"))
        let read = marked.filter { (try? MatrixFixtures.reads[$0]?.get()) != nil }
        #expect(driver.text.contains("Export \(read.count) projects") || read.count == 1)
        driver.press(.character("t"))
        let write = try #require(driver.lastWriteFiles)
        let expected = read.reduce(0) { total, id in
            total + ((try? MatrixFixtures.reads[id]?.get()) ?? []).filter { $0.type != .slack }.count
        }
        let resources = write.files[0].contents.components(separatedBy: "resource \"mongodbatlas_third_party_integration\"").count - 1
        #expect(resources == expected)
        #expect(!write.files[0].contents.contains("\u{1B}"), "a hostile project name reaches the file as text only")

        // Marks toggle: space again on a marked row unmarks it.
        driver.press(.home)
        driver.press(.character(" "))
        #expect(driver.state.matrix?.marked.count == 2)
    }
}
