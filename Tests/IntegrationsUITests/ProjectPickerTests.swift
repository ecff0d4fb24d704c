import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct ProjectPickerTests {
    @Test func launchLoadsOrganizationsThenEachOrganizationsProjects() {
        var driver = AppDriver()
        #expect(driver.effects == [.loadOrganizations(RequestID(1))])
        #expect(driver.text.contains("Loading organizations"))
        driver.answerOrganizations()
        #expect(driver.projectsRequest(for: "org1") != nil)
        #expect(driver.projectsRequest(for: "org2") != nil)
    }

    @Test func listsProjectsWithOrganizationClustersAndCreationDay() throws {
        var driver = AppDriver()
        driver.loadPicker()
        let row = try #require(driver.rows().first { $0.contains("日本語プロジェクト") })
        #expect(row.contains("東京チーム"))
        #expect(row.contains("12"))
        #expect(row.contains("2025-03-04"))
        #expect(driver.text.contains("5 projects"))
    }

    @Test func showsProgressWhileLoadingInTheBackgroundAndStaysUsable() throws {
        var driver = AppDriver()
        driver.answerOrganizations([Organization(id: "big", name: "Big Org")])
        let id = try #require(driver.projectsRequest(for: "big"))
        let first = (0..<500).map { Project(id: "p\($0)", name: "service-\($0)", orgID: "big") }
        driver.send(.projectsPageLoaded(id, projects: first, loaded: 500, total: 3_000, isComplete: false))
        #expect(driver.text.contains("loading 500 of 3,000"))
        #expect(driver.state.wantsTicks)
        // Filtering works on what has arrived so far.
        driver.type("service-49")
        #expect(driver.text.contains("11 of 500"))
        let second = (500..<3_000).map { Project(id: "p\($0)", name: "service-\($0)", orgID: "big") }
        driver.send(.projectsPageLoaded(id, projects: second, loaded: 3_000, total: 3_000, isComplete: true))
        #expect(driver.text.contains("11 of 3,000"))
        #expect(!driver.text.contains("loading"))
        #expect(!driver.state.wantsTicks)
    }

    @Test func typingFiltersAndHighlightsTheMatch() throws {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("zur")
        #expect(driver.text.contains("1 of 5"))
        let matchSpans = driver.frame.rows.flatMap { $0 }.filter { $0.role == .match }
        #expect(matchSpans.map(\.text) == ["Zür"])
        #expect(driver.rows().contains { $0.contains("Café Zürich") })
        #expect(!driver.rows().contains { $0.contains("staging") })
    }

    /// A paste of several lines into the filter keeps the first and says
    /// the rest was dropped, as a form field does; the list makes room for
    /// the notice, so the selected row stays on screen.
    @Test func aPasteOfSeveralLinesIntoTheFilterSaysTheRestWasDropped() {
        var driver = AppDriver()
        driver.answerOrganizations([Organization(id: "big", name: "Big Org")])
        let projects = (10..<70).map { Project(id: "p\($0)", name: "svc-\($0)", orgID: "big") }
        driver.answerProjects("big", projects)
        driver.paste("svc\nrm -rf /\n")
        #expect(driver.state.picker.query == "svc")
        let notice = "Pasted 2 lines into a one-line field: kept the first, dropped the other."
        #expect(driver.text.contains(notice), "\(driver.text)")
        // Down past the first page: the selected row is drawn at every step.
        for step in 1...30 {
            driver.press(.down)
            #expect(driver.rows().contains { $0.hasPrefix("› svc-\(10 + step)") }, "step \(step):\n\(driver.text)")
        }
        #expect(driver.text.contains(notice), "arrows move the list and leave the notice")
        driver.type("-1")
        #expect(!driver.text.contains(notice), "the notice lasts until the next key")
        #expect(driver.state.picker.query == "svc-1")
    }

    @Test func escClearsTheFilter() {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("stag")
        driver.press(.escape)
        #expect(driver.text.contains("5 projects"))
        #expect(driver.state.route == .picker)
    }

    /// Typing a name is this screen's job: a filter that starts with q, ?
    /// or / is a filter, from the first key and with the keys on the list.
    @Test func qQuestionMarkAndSlashAreFilterTextFromTheFirstKey() {
        for filter in ["qa", "?a", "/qa"] {
            for keysOnList in [false, true] {
                var driver = AppDriver()
                driver.answerOrganizations([Organization(id: "o", name: "O")])
                driver.answerProjects("o", [Project(id: "1", name: "qa-cluster", orgID: "o"), Project(id: "2", name: "prod", orgID: "o"),
                                            Project(id: "3", name: "?ask", orgID: "o"), Project(id: "4", name: "/qa/x", orgID: "o")])
                if keysOnList {
                    // Esc clears a filter and gives the keys to the list.
                    driver.type("x")
                    driver.press(.escape)
                    #expect(driver.text.contains("4 projects"))
                    #expect(!driver.quitRequested)
                }
                driver.type(filter)
                #expect(!driver.quitRequested, "\(filter)")
                #expect(driver.state.overlay == nil, "\(filter): no help opened")
                #expect(driver.text.contains("Filter: \(filter)"), "\(filter)")
                #expect(!driver.text.contains("4 projects"), "\(filter) narrowed the list")
            }
        }
    }

    @Test func escOnAnEmptyFilterQuitsF10AndCtrlCQuitAndTheFooterSaysSo() {
        var driver = AppDriver()
        driver.loadPicker()
        #expect(driver.footer.contains("esc quit"))
        #expect(driver.footer.contains("f10/ctrl+c quit"))
        #expect(driver.footer.contains("f1 help"))
        #expect(!driver.footer.contains("q quit"), "q is a letter here")
        driver.type("stag")
        #expect(driver.footer.contains("esc clear filter"))
        driver.press(.escape)
        #expect(!driver.quitRequested, "the first Esc clears the filter")
        #expect(driver.text.contains("5 projects"))
        driver.press(.escape)
        #expect(driver.quitRequested)

        var f10 = AppDriver()
        f10.loadPicker()
        f10.type("pro")
        f10.press(.function(10))
        #expect(f10.quitRequested)

        var ctrlC = AppDriver()
        ctrlC.loadPicker()
        ctrlC.type("q")
        ctrlC.press(.control("c"))
        #expect(ctrlC.quitRequested)
    }

    @Test func arrowsMoveWhileTypingAndEnterOpensTheSelectedProject() throws {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("a") // staging, Café Zürich (ignoring the rest)
        driver.press(.down)
        driver.press(.enter)
        #expect(driver.state.route == .menu)
        let request = try #require(driver.lastIntegrationsRequest)
        #expect(request.projectID == driver.state.menu?.project.id)
        #expect(driver.rows()[1].contains("Projects › Acme Corp /"))
    }

    @Test func cjkNamesKeepTheColumnsAligned() {
        var driver = AppDriver()
        driver.loadPicker()
        let rows = driver.frame.rows.map { Line($0) }
        let dataRows = rows.filter { line in line.text.contains("  2024-") || line.text.contains("  2025-") }
        #expect(dataRows.count == 5)
        let organizationColumns = dataRows.map { row -> Int in
            let text = row.text
            let name = text.contains("Acme Corp") ? "Acme Corp" : "東京チーム"
            let prefix = text[..<(text.range(of: name)?.lowerBound ?? text.endIndex)]
            return DisplayWidth.of(prefix)
        }
        #expect(Set(organizationColumns).count == 1)
        #expect(rows.allSatisfy { $0.width == 80 })
    }

    @Test func hostileNamesRenderInert() {
        var driver = AppDriver()
        driver.loadPicker()
        let text = driver.text
        #expect(text.contains("evilname"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }

    @Test func bidiAndZeroWidthTricksAreRemovedFromNames() {
        var driver = AppDriver()
        driver.answerOrganizations([Organization(id: "o", name: "Org\u{202E}gro")])
        driver.answerProjects("o", [Project(id: "1", name: "pay\u{200B}pal\u{2066}x", orgID: "o")])
        #expect(driver.text.contains("paypalx"))
        #expect(driver.text.contains("Orggro"))
    }

    @Test func organizationErrorShowsStatusCodeAndReloadHint() {
        var driver = AppDriver()
        if let id = driver.organizationsRequest {
            driver.send(.failed(id, Fixtures.apiError(401, "UNAUTHORIZED", "You are not authorized for this resource.")))
        }
        #expect(driver.text.contains("401 UNAUTHORIZED"))
        #expect(driver.text.contains("Ctrl-R reloads"))
        driver.press(.control("r"))
        #expect(driver.effects.filter { if case .loadOrganizations = $0 { true } else { false } }.count == 2)
    }

    @Test func reloadCancelsRunningLoads() throws {
        var driver = AppDriver()
        driver.answerOrganizations([Organization(id: "big", name: "Big")])
        let id = try #require(driver.projectsRequest(for: "big"))
        driver.press(.control("r"))
        #expect(driver.effects.contains(.cancel(id)))
        // A page for the cancelled load arrives late: ignored.
        driver.send(.projectsPageLoaded(id, projects: [Project(id: "x", name: "late", orgID: "big")], loaded: 1, total: 1, isComplete: true))
        #expect(!driver.text.contains("late"))
    }

    @Test func qIsALetterEvenWithTheKeysOnTheList() {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("a")
        driver.press(.tab)
        driver.press(.character("q"))
        #expect(!driver.quitRequested)
        #expect(driver.text.contains("Filter: aq"))
    }
}

@Suite struct PickerHelpTests {
    @Test func f1OpensHelpWhileTypingAFilterAndQuestionMarkIsALetter() {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("pro?")
        #expect(driver.state.overlay == nil)
        #expect(driver.text.contains("Filter: pro?"))
        #expect(driver.footer.contains("f1 help"))
        driver.press(.function(1))
        #expect(driver.text.contains("Help: projects"))
    }
}
