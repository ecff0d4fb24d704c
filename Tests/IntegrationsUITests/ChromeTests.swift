import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct FooterTests {
    init() { TestLocale.ensure() }

    @Test func showsOnlyEnabledFooterBindings() {
        let bindings = [
            KeyBinding([.enter], help: "open"),
            KeyBinding([.character("d")], help: "delete", enabled: false),
            KeyBinding([.home], help: "first", inFooter: false),
        ]
        let text = Footer.view(bindings, width: 80, glyphs: .unicode).text
        #expect(text.contains("enter open"))
        #expect(!text.contains("delete"))
        #expect(!text.contains("first"))
    }

    @Test func essentialHintsSurviveANarrowFooter() {
        var bindings = (1...12).map { KeyBinding([.function($0)], help: "action number \($0)") }
        bindings.append(KeyBinding([.character("?")], help: "help", essential: true))
        bindings.append(KeyBinding([.character("q")], help: "quit", essential: true))
        let line = Footer.view(bindings, width: 80, glyphs: .unicode)
        #expect(line.width == 80)
        #expect(line.text.contains("? help"))
        #expect(line.text.contains("q quit"))
    }
}

@Suite struct DialogTests {
    @Test func enterOnTheDefaultButtonCancels() {
        var dialog = ConfirmDialog(title: "Delete?", message: "Really?")
        #expect(dialog.update(.enter) == .cancelled)
    }

    @Test func yConfirmsAndSwitchingMovesFocus() {
        var dialog = ConfirmDialog(title: "Delete?", message: "Really?")
        #expect(dialog.update(.character("y")) == .confirmed)
        _ = dialog.update(.left)
        #expect(dialog.update(.enter) == .confirmed)
        #expect(dialog.update(.escape) == .cancelled)
    }

    @Test func bannerWrapsAndShowsStatusCodeAndDetail() {
        TestLocale.ensure()
        let banner = Banner(.error, "409 INTEGRATION_ALREADY_CONFIGURED", detail: "already configured", hint: "press e")
        let lines = banner.view(width: 40, glyphs: .unicode)
        #expect(lines.allSatisfy { $0.width == 40 })
        let text = lines.map(\.text).joined(separator: " ")
        #expect(text.contains("409 INTEGRATION_ALREADY_CONFIGURED"))
        #expect(text.contains("press e"))
    }

    @Test func spinnerTurns() {
        var spinner = Spinner()
        let first = spinner.glyph(.ascii)
        spinner.advance()
        #expect(spinner.glyph(.ascii) != first)
    }
}

@Suite struct HelpBoxTests {
    /// Every cell inside the help box, headings and key names included, is
    /// drawn on the box's background, so the box reads as one solid panel.
    @Test func everyCellOfTheHelpBoxKeepsTheBoxBackground() {
        let overlay = HelpOverlay(
            title: "Help: integrations",
            sections: [
                HelpSection("Integrations", [
                    KeyBinding([.enter], help: "open"),
                    KeyBinding([.character("d")], help: "delete", enabled: false),
                ]),
                HelpSection("Everywhere", [KeyBinding([.escape], help: "back")]),
            ],
            notes: ["One integration of each kind per project."])
        let background = Theme.color.style(for: .dialog).background
        let lines = overlay.view(width: 60, height: 20, glyphs: .unicode)
        #expect(lines.count > 6)
        for line in lines {
            for span in line.spans {
                #expect(Theme.color.style(for: span.role).background == background,
                        "“\(span.text)” is drawn as \(span.role)")
            }
        }
        let monochromeDialog = Theme.monochrome.style(for: .dialog)
        for span in lines.flatMap(\.spans) {
            #expect(Theme.monochrome.style(for: span.role).reverse == monochromeDialog.reverse)
        }
    }
}

/// What a long name or label must not push out of sight.
@Suite struct LayoutCutTests {
    static let projectID = "5f1a000000000000000000aa"

    /// A 10,000-character project name is cut, not the breadcrumb's end
    /// (the form's name) or the menu's project id.
    @Test func aHugeProjectNameIsCutAndTheFormNameAndIdStay() {
        var driver = AppDriver()
        let name = String(repeating: "very-long-project-name-", count: 435)  // 10,005 characters
        driver.answerOrganizations([Organization(id: "o", name: String(repeating: "org", count: 80))])
        driver.answerProjects("o", [Project(id: Self.projectID, name: name, orgID: "o")])
        driver.press(.enter)
        driver.answerIntegrations([])
        #expect(driver.state.route == .menu)
        let menuText = driver.text
        #expect(driver.rows()[2].contains(Self.projectID), "the project line keeps the id:\n\(menuText)")
        #expect(driver.rows()[1].contains("very-long-project-name"))
        driver.openForm(.pagerDuty)
        #expect(driver.state.route == .form)
        let title = driver.rows()[1]
        #expect(title.contains("PagerDuty (new)"), "the breadcrumb ends with the form:\n\(title)")
        #expect(title.contains("very-long-project"), "the name is cut, still there")
        #expect(title.hasPrefix(" Projects"))
    }

    /// A required field's `*` survives a label cut for width.
    @Test func aRequiredMarkIsNeverCutOffItsLabel() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.prometheus)
        #expect(driver.state.route == .form)
        let row = try #require(driver.rows().first { $0.contains("Service discov") })
        let label = String(row.prefix(Form.labelWidth))
        #expect(label.contains("*"), "\(row)")
    }
}
