import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct ReadOnlyTests {
    func driver() -> AppDriver {
        var driver = AppDriver(Fixtures.configuration(readOnly: true))
        driver.openProject()
        return driver
    }

    @Test func statusLineAndMenuSayWritesAreOff() {
        let driver = driver()
        #expect(driver.rows()[0].contains("READ-ONLY"))
        #expect(driver.rows()[22].contains("READ-ONLY: writes are off."))
        #expect(!driver.footer.contains("d delete"))
    }

    @Test func deleteIsRefusedWithAReason() {
        var driver = driver()
        driver.press(.character("d"))
        #expect(driver.state.overlay == nil)
        #expect(driver.text.contains("deleting is off"))
        #expect(driver.lastDelete == nil)
    }

    @Test func configuredIntegrationOpensForViewingOnly() {
        var driver = driver()
        driver.openForm(.pagerDuty)
        #expect(driver.state.route == .form)
        #expect(driver.text.contains("Read-only mode (--read-only): shown, not editable."))
        #expect(driver.text.contains("****0022"))
        driver.type("abc")
        driver.press(.control("s"))
        driver.press(.enter)
        #expect(driver.lastSave == nil)
        #expect(!driver.footer.contains("save"))
    }

    @Test func creatingIsRefusedWithAReason() {
        var driver = driver()
        driver.selectRow(.webhook)
        driver.press(.enter)
        #expect(driver.state.route == .menu)
        #expect(driver.text.contains("creating integrations is off"))
    }

    /// Ctrl-S on a form shown read-only says why nothing is saved, and sends nothing.
    @Test func ctrlSOnAReadOnlyViewSaysWhy() {
        var driver = driver()
        driver.openForm(.pagerDuty)
        #expect(driver.state.route == .form)
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
        #expect(driver.text.contains("Nothing is saved from this view."))
        #expect(driver.text.contains("Read-only mode (--read-only)"))
    }

    @Test func helpSaysWhyDeleteIsOff() {
        var driver = driver()
        driver.press(.character("?"))
        #expect(driver.text.contains("off: read-only mode"))
    }
}

@Suite struct ResizeTests {
    @Test func belowTheMinimumSizeAsksForALargerWindow() {
        var driver = AppDriver()
        driver.loadPicker()
        driver.resize(70, 20)
        #expect(driver.frame.width == 70)
        #expect(driver.frame.height == 20)
        #expect(driver.frame.rows.count == 20)
        #expect(driver.text.contains("Make the window larger: need 80×24, have 70×20."))
    }

    @Test func stateIsKeptWhileTooSmallAndKeysWait() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        driver.type("abc")
        let before = driver.state.form
        driver.resize(40, 10)
        driver.type("zzz")
        driver.press(.escape)
        driver.resize(100, 30)
        #expect(driver.state.form == before || driver.state.form?.form.field("serviceKey")?.text == "abc")
        #expect(driver.state.form?.form.field("serviceKey")?.text == "abc")
        #expect(driver.state.route == .form)
    }

    @Test func resizeReLaysOutEveryRowToTheNewWidth() {
        var driver = AppDriver()
        driver.loadPicker()
        for (width, height) in [(80, 24), (132, 40), (81, 25), (200, 60)] {
            driver.resize(width, height)
            let frame = driver.frame
            #expect(frame.rows.count == height)
            #expect(frame.rows.allSatisfy { Line($0).width == width })
        }
    }

    @Test func tallerWindowShowsMoreProjects() {
        var driver = AppDriver()
        driver.answerOrganizations([Organization(id: "o", name: "O")])
        driver.answerProjects("o", (0..<100).map { Project(id: "\($0)", name: "p-\($0)", orgID: "o") })
        let short = driver.rows().filter { $0.contains("p-") }.count
        driver.resize(80, 50)
        let tall = driver.rows().filter { $0.contains("p-") }.count
        #expect(tall > short)
        driver.press(.end)
        #expect(driver.rows().contains { $0.contains("p-99") })
    }

    @Test func ctrlCWorksEvenWhenTooSmall() {
        var driver = AppDriver(width: 20, height: 5)
        driver.press(.control("c"))
        #expect(driver.quitRequested)
    }
}

@Suite struct ThemeAndGlyphTests {
    @Test func monochromeThemeUsesNoColourOnlyAttributes() {
        for role in StyleRole.allCases {
            #expect(!Theme.monochrome.style(for: role).usesColor, "\(role)")
        }
        let distinct = Set([StyleRole.selection, .error, .statusReadOnly, .match].map { Theme.monochrome.style(for: $0) })
        #expect(distinct.count >= 3)
        #expect(Theme.monochrome.style(for: .selection).reverse)
    }

    @Test func colourThemeStylesEveryRole() {
        for role in StyleRole.allCases where role != .normal {
            #expect(Theme.color.styles[role] != nil, "\(role)")
            #expect(Theme.monochrome.styles[role] != nil, "\(role)")
        }
    }

    @Test func configurationPicksTheTheme() {
        #expect(AppState(configuration: Fixtures.configuration(monochrome: true)).theme == .monochrome)
        #expect(AppState(configuration: Fixtures.configuration()).theme == .color)
    }

    @Test func asciiModeDrawsOnlyASCII() {
        var driver = AppDriver(Fixtures.configuration(asciiOnly: true))
        driver.openProject()
        driver.press(.character("d"))
        let text = driver.text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("+-"))
        #expect(text.contains("> PagerDuty"))
        #expect(driver.frame.rows.allSatisfy { Line($0).width == 80 })
    }

    @Test func asciiModeKeepsCJKColumnsAligned() {
        var driver = AppDriver(Fixtures.configuration(asciiOnly: true))
        driver.loadPicker()
        let rows = driver.rows()
        #expect(rows.contains { $0.contains("??????????????????") }) // 日本語プロジェクト: 9 wide characters
        #expect(rows.contains { $0.contains("Cafe Zurich") })
        #expect(driver.frame.rows.allSatisfy { Line($0).width == 80 })
    }
}

@Suite struct HelpAndFooterTests {
    @Test func helpListsEveryKeyOfTheMenu() {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("?"))
        let text = driver.text
        for needle in ["Help: integrations", "open", "delete", "refresh", "pgup", "quit now", "esc"] {
            #expect(text.contains(needle), "\(needle)")
        }
        driver.press(.character("?"))
        #expect(driver.state.overlay == nil)
    }

    @Test func everyScreenShowsHelpAndAWayOut() {
        var driver = AppDriver()
        driver.loadPicker()
        #expect(driver.footer.contains("f1 help") && driver.footer.contains("esc quit") && driver.footer.contains("f10/ctrl+c quit"))
        driver.type("p")
        #expect(driver.footer.contains("esc clear filter") && driver.footer.contains("f10/ctrl+c quit"))
        driver.press(.escape)
        driver.press(.enter)
        driver.answerIntegrations()
        #expect(driver.footer.contains("? help") && driver.footer.contains("q quit"))
        driver.openForm(.pagerDuty)
        #expect(driver.footer.contains("f1 help") && driver.footer.contains("ctrl+c quit") && driver.footer.contains("esc back"))
    }

    @Test func spinnerTurnsOnTicksWhileARequestRuns() {
        var driver = AppDriver()
        let first = driver.rows()[0]
        driver.send(.tick)
        #expect(driver.rows()[0] != first)
        driver.loadPicker()
        let idle = driver.rows()[0]
        driver.send(.tick)
        #expect(driver.rows()[0] == idle)
    }

    @Test func cursorIsShownInTheFocusedTextField() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.victorOps)
        driver.type("ab")
        let cursor = try #require(driver.frame.cursor)
        let row = driver.rows()[cursor.row]
        #expect(row.contains("API key"))
        #expect(cursor.column == Form.labelWidth + 2)
    }
}
