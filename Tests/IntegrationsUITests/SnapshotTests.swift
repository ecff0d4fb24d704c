import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct SnapshotTests {
    @Test func startScreen() {
        let driver = AppDriver(Fixtures.configuration(credentialsProblem: "no API key, service account or profile was found."))
        assertSnapshot(driver.frame, named: "start")
    }

    @Test func projectPickerFiltered() {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("e")
        assertSnapshot(driver.frame, named: "picker-filtered")
    }

    @Test func integrationsMenu() {
        var driver = AppDriver()
        driver.openProject()
        assertSnapshot(driver.frame, named: "menu")
    }

    @Test func datadogEditForm() {
        var driver = AppDriver()
        driver.openProject()
        driver.openForm(.datadog)
        driver.type("0123456789abcdef0123456789aba23c")
        // Typing paused: the count has caught up.
        for _ in 0..<SecretField.ticksBeforeCount { driver.send(.tick) }
        assertSnapshot(driver.frame, named: "datadog-edit")
    }

    @Test func conflictBanner() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        driver.type(Fixtures.hexKey)
        driver.press(.control("s"))
        if let save = driver.lastSave {
            driver.send(.failed(save.id, Fixtures.apiError(
                409, "INTEGRATION_ALREADY_CONFIGURED", "The integration of type 'PAGER_DUTY' is already configured for this group.")))
        }
        assertSnapshot(driver.frame, named: "pagerduty-409")
    }

    @Test func deleteConfirmationInASCII() {
        var driver = AppDriver(Fixtures.configuration(asciiOnly: true))
        driver.openProject()
        driver.press(.character("d"))
        assertSnapshot(driver.frame, named: "delete-ascii")
    }

    @Test func tooSmall() {
        var driver = AppDriver()
        driver.resize(60, 12)
        assertSnapshot(driver.frame, named: "too-small")
    }
}
