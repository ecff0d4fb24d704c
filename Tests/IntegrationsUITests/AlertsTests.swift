import AtlasAdmin
import Testing
@testable import IntegrationsUI

/// Where alerts go, as the operator sees it: a delete confirmation that
/// names the alert configurations it would silence (or says it could not
/// read them, and still deletes), and test deliveries from a form.
@Suite struct AlertsTests {
    /// The confirmation's lines under its message, as drawn (each wrapped in the box).
    static func notes(_ driver: AppDriver) -> [String] {
        guard case .confirm(let dialog, _)? = driver.state.overlay else { return [] }
        return dialog.notes.map(\.text)
    }

    static let hostDown = AlertConfiguration(id: "a1", eventTypeName: "HOST_DOWN", enabled: true, notificationTypeNames: ["PAGER_DUTY"])
    static let lag = AlertConfiguration(id: "a2", eventTypeName: "REPLICATION_OPLOG_WINDOW_RUNNING_OUT", enabled: false,
                                        notificationTypeNames: ["PAGER_DUTY", "EMAIL"])

    @Test func theDeleteConfirmationNamesTheAlertConfigurationsThatUseTheType() throws {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("d"))
        let asked = try #require(driver.lastAlertUsageRequest)
        #expect(asked.type == .pagerDuty && asked.projectID == "5f1a00000000000000000001")
        #expect(driver.text.contains("Reading which alert configurations notify through"))
        driver.answerAlertUsage(.notifying([Self.hostDown, Self.lag]))
        let text = driver.text
        #expect(Self.notes(driver).first == "2 alert configurations notify through PagerDuty (1 enabled):")
        #expect(text.contains("2 alert configurations notify through PagerDuty (1"))
        #expect(text.contains("• HOST_DOWN (enabled)"))
        #expect(text.contains("• REPLICATION_OPLOG_WINDOW_RUNNING_OUT (disabled)"))
        #expect(text.contains("Deleting can silently stop these"))
        #expect(text.contains("[ Delete (y) ]"), "the buttons stay in the box at 80×24")
        driver.press(.character("y"))
        #expect(driver.lastDelete?.type == .pagerDuty)
    }

    @Test func withNoneItSaysNoneAndAWebhookInUseIsSaidToBeRefused() {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("d"))
        driver.answerAlertUsage(.notifying([]))
        #expect(driver.text.contains("No alert configuration notifies through PagerDuty."))

        let hook = AlertConfiguration(id: "w", eventTypeName: "NO_PRIMARY", enabled: true, notificationTypeNames: ["WEBHOOK"])
        let notes = AppState.alertNotes(.notifying([hook]), type: .webhook).map(\.text)
        #expect(notes.contains("Atlas refuses to delete Webhook while these notify through it: change them first."))
    }

    @Test func aWebhookDeleteAtlasRefusesSaysWhatToDoFirst() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [Fixtures.webhook])
        driver.selectRow(.webhook)
        driver.press(.character("d"))
        driver.press(.character("y"))
        let delete = try #require(driver.lastDelete)
        driver.send(.failed(delete.id, Fixtures.apiError(400, "WEBHOOK_NOTIFICATIONS_PRESENT",
            "Webhook settings cannot be deleted when notifications for this integration are present.")))
        #expect(driver.state.menu?.banner?.hint?.hasPrefix("Alert configurations still notify through it") == true)
        #expect(driver.text.contains("400 WEBHOOK_NOTIFICATIONS_PRESENT"))
    }

    @Test func aKeyThatCannotReadThemIsToldSoAndMayStillDelete() {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("d"))
        driver.failAlertUsage(Fixtures.apiError(403, "RESOURCE_REQUIRES_WHITELIST"))
        #expect(Self.notes(driver).first?.hasPrefix("The alert configurations could not be read (HTTP 403 RESOURCE_REQUIRES_WHITELIST)") == true)
        #expect(Self.notes(driver).first?.hasSuffix("alerts that notify through PagerDuty would stop. Deleting is still possible.") == true)
        #expect(driver.text.contains("could not be read (HTTP 403"))
        driver.press(.character("y"))
        #expect(driver.lastDelete?.type == .pagerDuty)
    }

    @Test func aTypeNoAlertUsesAsksNothing() {
        var driver = AppDriver()
        let prometheus = Integration(type: .prometheus, id: "p", fields: ["username": .text("prom")])
        driver.openProject(integrations: [prometheus])
        driver.selectRow(.prometheus)
        driver.press(.character("d"))
        #expect(driver.lastAlertUsageRequest == nil)
        #expect(driver.text.contains("Prometheus is no alert destination"))
    }

    @Test func aLateAnswerForAClosedConfirmationChangesNothing() {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("d"))
        driver.press(.character("n"))
        driver.answerAlertUsage(.notifying([Self.hostDown]))
        #expect(driver.state.overlay == nil)
        #expect(!driver.text.contains("HOST_DOWN"))
    }

    // MARK: - Test delivery

    static func webhookForm() -> AppDriver {
        var driver = AppDriver()
        driver.openProject(integrations: [Fixtures.webhook])
        driver.openForm(.webhook)
        return driver
    }

    @Test func ctrlTWithoutATypedURLSaysToTypeItAgainAndSendsNothing() {
        var driver = Self.webhookForm()
        driver.press(.control("t"))
        #expect(driver.lastTestDelivery == nil)
        #expect(driver.state.form?.form.field("url")?.error == "Type the URL to send a test to again: Atlas returns it masked.")
        #expect(driver.text.contains("Type the URL to send a test to again"))
    }

    @Test func theMaskedCopyIsNeverATestDestination() {
        var driver = Self.webhookForm()
        driver.paste("https://example.com/****2101")
        driver.press(.control("t"))
        #expect(driver.lastTestDelivery == nil)
        #expect(driver.state.form?.form.field("url")?.error != nil)
    }

    @Test func aTypedURLAndSecretGoOutAndTheReportIsShown() throws {
        var driver = Self.webhookForm()
        driver.paste("https://hooks.example.com/atlas/1234")
        driver.press(.tab)
        driver.type("s3cret-value")
        driver.press(.control("t"))
        let sent = try #require(driver.lastTestDelivery)
        #expect(sent.request.url == "https://hooks.example.com/atlas/1234")
        #expect(sent.request.secret?.clearText == "s3cret-value")
        #expect(!sent.request.templatesNotApplied)
        #expect(!"\(sent.request)".contains("s3cret-value"), "no description of the request shows the secret")
        #expect(driver.text.contains("Test delivery"))
        #expect(driver.text.contains("from this machine, not from Atlas"))
        #expect(driver.text.contains("Sending"))
        driver.answerTestDelivery(TestDeliveryReport(
            destination: sent.request.destination, event: "alert.open", signature: "c2lnbmF0dXJl", elapsed: .milliseconds(83),
            outcome: .answered(status: 401, bodyLines: ["bad signature \u{1B}[2J"])))
        let text = driver.text
        #expect(text.contains("Refused by the receiver: HTTP 401"))
        #expect(text.contains("Time: 83 ms"))
        #expect(text.contains("X-MMS-Signature: c2lnbmF0dXJl"))
        #expect(text.contains("bad signature"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("s3cret-value"), "the secret is never on screen")
        // r sends it again; Esc closes and the typed values are still there.
        driver.press(.character("r"))
        #expect(driver.lastTestDelivery?.id != sent.id)
        driver.answerTestDelivery(TestDeliveryReport(
            destination: sent.request.destination, event: "alert.open", signature: nil, elapsed: .seconds(10),
            outcome: .failed(.timeout, "No answer within 10 s: the receiver accepted the connection but stayed silent.")))
        #expect(driver.text.contains("No answer within 10 s"))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.form?.form.field("url")?.text == "https://hooks.example.com/atlas/1234")
        #expect(driver.state.form?.form.field("secret")?.text == "s3cret-value")
    }

    @Test func theFormsHelpSaysWhatCtrlTSends() {
        #expect(AppState.typeNotes(IntegrationCatalog.webhook).contains(
            "Ctrl-T sends a sample alert to the URL as typed, signed (X-MMS-Signature) when a secret is typed, from this machine rather than from Atlas; nothing is saved."))
        #expect(AppState.typeNotes(IntegrationCatalog.microsoftTeams).contains(
            "Ctrl-T sends a test card to the URL as typed, from this machine rather than from Atlas; nothing is saved."))
        #expect(!AppState.typeNotes(IntegrationCatalog.pagerDuty).contains { $0.hasPrefix("Ctrl-T") })
    }

    @Test func typedTemplatesAreSaidNotToBeAppliedToTheTest() throws {
        var driver = Self.webhookForm()
        driver.paste("https://hooks.example.com/atlas/1234")
        driver.press(.tab)
        driver.press(.tab)
        driver.type("{}")
        driver.press(.control("t"))
        let sent = try #require(driver.lastTestDelivery)
        #expect(sent.request.templatesNotApplied)
        #expect(driver.text.contains("The templates typed are not applied to this test"))
    }

    @Test func tOnTheMenuRowOpensTheFormAtTheURLAndSaysWhy() {
        var driver = AppDriver()
        driver.openProject(integrations: [Fixtures.webhook])
        driver.selectRow(.webhook)
        #expect(driver.text.contains("t send a test"))
        driver.press(.character("t"))
        #expect(driver.state.form?.type == .webhook)
        #expect(driver.state.form?.form.focusedField?.key == "url")
        #expect(driver.state.form?.banner?.title == "Type the Webhook URL (and secret) again, then press Ctrl-T to send a test.")
        #expect(driver.text.contains("Type the Webhook URL (and secret) again"))
        driver.selectRowAfterBack()
    }
}

private extension AppDriver {
    /// Esc back to the menu: nothing typed, nothing asked.
    mutating func selectRowAfterBack() {
        press(.escape)
        #expect(state.overlay == nil)
    }
}
