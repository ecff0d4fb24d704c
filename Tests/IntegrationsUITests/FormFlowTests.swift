import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct FormFlowTests {
    /// A new PagerDuty form with a key typed and EU chosen.
    func pagerDutyFilledIn() -> AppDriver {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        driver.type(Fixtures.hexKey)
        driver.press(.tab)
        driver.press(.right)
        return driver
    }

    func expectInputKept(_ driver: AppDriver, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(driver.state.route == .form, sourceLocation: sourceLocation)
        #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey, sourceLocation: sourceLocation)
        #expect(driver.state.form?.form.field("region")?.text == "EU", sourceLocation: sourceLocation)
    }

    @Test func createSendsPostAndSuccessShowsWhatAtlasHolds() throws {
        var driver = pagerDutyFilledIn()
        #expect(driver.rows()[1].contains("PagerDuty (new)"))
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        #expect(!save.isUpdate)
        #expect(save.projectID == "5f1a00000000000000000001")
        #expect(try save.settings == IntegrationSettings(type: .pagerDuty, fields: [
            ("serviceKey", .secret(SecretValue(Fixtures.hexKey))), ("region", .text("EU")),
        ]))
        #expect(driver.text.contains("Saving to Atlas… esc stops waiting"))
        // Keys do nothing while the request runs.
        driver.type("zzz")
        #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey)
        let saved = Integration(type: .pagerDuty, id: "n", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****************************0022")), "region": .text("EU"),
        ])
        driver.send(.saved(save.id, [saved]))
        #expect(driver.state.route == .menu)
        #expect(driver.text.contains("Created PagerDuty on “production-east”"))
        #expect(driver.text.contains("Atlas now holds: service key ****0022 · EU"))
        #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("****0022") })
        #expect(try #require(driver.lastIntegrationsRequest).id > save.id)
    }

    @Test func editSendsPutWithTheSecretTypedAgain() throws {
        var driver = AppDriver()
        driver.openProject()
        driver.openForm(.pagerDuty)
        #expect(driver.rows()[1].contains("PagerDuty (edit)"))
        #expect(driver.text.contains("current: ****0022"))
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
        #expect(driver.text.contains("type it again"))
        driver.type(Fixtures.hexKey)
        #expect(driver.text.contains("same last four"))
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        #expect(save.isUpdate)
        #expect(save.settings["region"] == .text("EU"))
    }

    @Test func enterOnTheLastFieldSubmits() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.enter)
        #expect(driver.lastSave != nil)
    }

    @Test func localValidationStopsTheRequestAndPointsAtTheField() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.datadog)
        driver.type("not-hex")
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
        #expect(driver.text.contains("Must be 32 hexadecimal digits"))
        #expect(driver.text.contains("Fix before saving: API key"))
        #expect(driver.state.form?.form.focusedField?.key == "apiKey")
    }

    @Test func aFormatErrorOnASecretSaysWhereButNotWhat() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.datadog)
        driver.type("0123456789abcdeZ0123456789abcdef")
        driver.press(.control("s"))
        #expect(driver.text.contains("character 16 is not"))
        // The one character that breaks the format would reveal part of the key.
        #expect(!driver.text.contains("\"Z\""))
    }

    @Test func maskedLookingSecretIsRefusedBeforeSending() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.victorOps)
        driver.type("************abcd")
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
        #expect(driver.text.contains("This is the masked copy Atlas shows, not the API key"))
    }

    /// The Teams URL's current value is concealed like a key until the
    /// reveal key shows it as Atlas returned it; that text, pasted back, is
    /// refused at the field and nothing is sent.
    @Test func theRevealedMaskedTeamsURLIsWhatAtlasReturnedAndPastingItBackIsRefused() throws {
        let masked = "https://acme.webhook.office.com/****cd34"
        let teams = Integration(type: .microsoftTeams, id: "6a0000000000000000000007", fields: [
            "microsoftTeamsWebhookUrl": .masked(MaskedSecret(masked: masked)),
        ])
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject(integrations: [teams])
        driver.openForm(.microsoftTeams)
        #expect(driver.text.contains("current: ****cd34"))
        #expect(!driver.text.contains("acme.webhook"), "concealed until revealed")
        driver.press(.control("r"))
        let shown = try #require(driver.rows().first { $0.contains("current: https://") })
        let copied = try #require(shown.components(separatedBy: "current: ").last?.split(separator: " ").first.map(String.init))
        #expect(copied == masked, "shown as Atlas returned it: \(shown)")
        driver.paste(copied)
        driver.press(.control("r"))
        #expect(driver.text.contains("current: ****cd34"), "hidden again")
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
        #expect(driver.text.contains("This is the masked copy Atlas shows, not the webhook URL"))
        #expect(driver.state.form?.form.field("microsoftTeamsWebhookUrl")?.text == masked, "the pasted input is kept")
    }

    @Test func badRequestWithAFieldIsShownAtThatFieldAndInputIsKept() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(
            400, "INVALID_PAGER_DUTY_SERVICE_KEY", "PagerDuty service key must consist of 32 hexadecimal digits.")))
        expectInputKept(driver)
        #expect(driver.state.form?.form.field("serviceKey")?.error == "PagerDuty service key must consist of 32 hexadecimal digits.")
        #expect(driver.state.form?.form.focusedField?.key == "serviceKey")
        #expect(driver.text.contains("400 INVALID_PAGER_DUTY_SERVICE_KEY"))
        let errorRow = try #require(driver.rows().firstIndex { $0.contains("✘ PagerDuty service key must") })
        let fieldRow = try #require(driver.rows().firstIndex { $0.contains("Service key") })
        #expect(errorRow > fieldRow)
    }

    /// Real Atlas names no field for INVALID_URL; the type decides which
    /// of its fields it concerns (Teams' URL, not a Webhook's `url`).
    @Test func invalidURLWithoutAFieldLandsAtTheTypesURLField() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.microsoftTeams)
        driver.type("https://acme.webhook.office.com/webhookb2/abc")
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(400, "INVALID_URL", "Invalid URL ****.")))
        #expect(driver.state.form?.form.field("microsoftTeamsWebhookUrl")?.error == "Invalid URL ****.")
        #expect(driver.state.form?.form.field("microsoftTeamsWebhookUrl")?.text == "https://acme.webhook.office.com/webhookb2/abc")
    }

    @Test func badRequestDetailFieldsNameTheField() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.webhook)
        driver.type("https://example.com/hook")
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(400, "VALIDATION_ERROR", "The request content produced the validation error.",
                                                       fields: [FieldViolation(field: "url", description: "must be reachable over HTTPS")])))
        #expect(driver.state.form?.form.field("url")?.error == "must be reachable over HTTPS")
        #expect(driver.state.form?.form.field("url")?.text == "https://example.com/hook")
    }

    @Test func unauthorizedExplainsRolesAndKeepsInput() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(401, "USER_UNAUTHORIZED", "Current user is not authorized to perform this action.")))
        expectInputKept(driver)
        #expect(driver.text.contains("401 USER_UNAUTHORIZED"))
        #expect(driver.text.contains("Organization Owner"))
    }

    @Test func conflictOffersToEditInsteadAndThenPuts() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(
            409, "INTEGRATION_ALREADY_CONFIGURED", "The integration of type 'PAGER_DUTY' is already configured for this group.")))
        expectInputKept(driver)
        #expect(driver.text.contains("409 INTEGRATION_ALREADY_CONFIGURED"))
        #expect(driver.text.contains("Press e to edit the existing one instead"))
        #expect(driver.footer.contains("e edit existing instead"))
        driver.press(.character("e"))
        expectInputKept(driver)
        #expect(driver.state.form?.form.mode.isUpdate == true)
        #expect(driver.rows()[1].contains("PagerDuty (edit)"))
        // The typed key is kept: the banner must not ask for it again.
        #expect(driver.text.contains("Everything you typed is kept, secrets"))
        #expect(!driver.text.contains("must be typed again"))
        // What Atlas holds arrives: "current" shows beside the typed key.
        driver.answerIntegrations([Fixtures.pagerDuty])
        #expect(driver.text.contains("current: ****0022"))
        #expect(driver.text.contains("✔ same last four  32 chars"))
        expectInputKept(driver)
        driver.press(.control("s"))
        let put = try #require(driver.lastSave)
        #expect(put.isUpdate)
        #expect(put.settings == save.settings)
    }

    @Test func rateLimitOffersRetryWithTheSameBody() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(429, "RATE_LIMITED", "Resource is limited to 100 requests every 1 minutes.", retryAfter: 30)))
        expectInputKept(driver)
        #expect(driver.text.contains("429 RATE_LIMITED"))
        #expect(driver.text.contains("wait 30 s"))
        driver.press(.character("r"))
        let retry = try #require(driver.lastSave)
        #expect(retry.id > save.id)
        #expect(retry.settings == save.settings)
    }

    /// The answer to a save was lost: the form reads the integration back
    /// before saying anything, and only a read showing it absent offers to
    /// send it again.
    @Test func aLostAnswerIsReadBackAndNotSavedOffersToSendAgain() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, .transport(TransportFailure(kind: .timeout, detail: "no answer after 30 s"))))
        let read = try #require(driver.lastReadBack)
        #expect(read.type == .pagerDuty && read.projectID == save.projectID)
        #expect(driver.text.contains("Checking whether Atlas applied the save"))
        #expect(driver.text.contains("Atlas did not answer in time"))
        driver.press(.control("s"))
        #expect(driver.lastSave?.id == save.id, "nothing is resent while reading back")
        driver.send(.integrationRead(read.id, nil))
        expectInputKept(driver)
        #expect(driver.text.contains("Not saved (checked by reading it back)"))
        #expect(driver.text.contains("Press r to send it again"))
        driver.press(.character("r"))
        #expect(try #require(driver.lastSave).id > save.id)
    }

    @Test func aLostAnswerReadBackAsAppliedIsReportedSaved() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, .transport(TransportFailure(kind: .reset, detail: ""))))
        let read = try #require(driver.lastReadBack)
        // What Atlas shows for the key typed: its last four and the region.
        let held = Integration(type: .pagerDuty, id: "p", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****************************" + Fixtures.hexKey.suffix(4))),
            "region": .text("EU"),
        ])
        driver.send(.integrationRead(read.id, held))
        #expect(driver.state.route == .menu)
        #expect(driver.text.contains("Saved PagerDuty on “production-east” (confirmed by reading it back)"))
        #expect(driver.state.menu?.integrations?[.pagerDuty] == held)
        #expect(driver.lastSave?.id == save.id)
    }

    /// A read showing another key (its tail differs) is not this save.
    @Test func aDifferentKeyReadBackIsNotSaved() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, Fixtures.apiError(502, "BAD_GATEWAY")))
        let read = try #require(driver.lastReadBack)
        let other = Integration(type: .pagerDuty, id: "p", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****************************9999")), "region": .text("EU"),
        ])
        driver.send(.integrationRead(read.id, other))
        #expect(driver.state.route == .form)
        #expect(driver.text.contains("Not saved (checked by reading it back)"))
        // The menu shows what Atlas holds.
        #expect(driver.state.menu?.integrations?[.pagerDuty] == other)
    }

    @Test func aFailedReadBackSaysUnknownAndRetryReadsAgainNeverResends() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, .transport(TransportFailure(kind: .malformedBody, status: 200, detail: "cut short"))))
        let read = try #require(driver.lastReadBack)
        driver.send(.failed(read.id, .transport(TransportFailure(kind: .refused, detail: ""))))
        expectInputKept(driver)
        #expect(driver.text.contains("Unknown: the save may or may not have been applied"))
        #expect(driver.text.contains("r reads it back again"))
        driver.press(.character("r"))
        let again = try #require(driver.lastReadBack)
        #expect(again.id > read.id)
        #expect(driver.lastSave?.id == save.id, "a write of unknown outcome is never sent blindly")
    }

    /// Unknown outcome, then Tab back to the fields and Ctrl-S: the save is
    /// not sent again blindly. Ctrl-S reads it back first, like r, and only
    /// a read showing it absent leads to sending.
    @Test func ctrlSFromTheFieldsWhileTheOutcomeIsUnknownReadsBackBeforeSending() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, .transport(TransportFailure(kind: .reset, detail: ""))))
        let read = try #require(driver.lastReadBack)
        driver.send(.failed(read.id, .transport(TransportFailure(kind: .refused, detail: ""))))
        #expect(driver.text.contains("Unknown: the save may or may not have been applied"))
        driver.press(.tab)
        #expect(driver.state.form?.form.focusIndex != nil, "Tab gives the keys back to the fields")
        #expect(driver.footer.contains("ctrl+s read back first"))
        driver.press(.control("s"))
        #expect(driver.lastSave?.id == save.id, "a write of unknown outcome is never sent blindly")
        let again = try #require(driver.lastReadBack)
        #expect(again.id > read.id)
        #expect(driver.text.contains("Checking whether Atlas applied the save"))
        expectInputKept(driver)
        driver.send(.integrationRead(again.id, nil))
        #expect(driver.text.contains("Not saved (checked by reading it back)"))
        #expect(driver.lastSave?.id == save.id, "the read itself sends nothing")
        driver.press(.control("s"))
        let resent = try #require(driver.lastSave)
        #expect(resent.id > save.id)
        #expect(resent.settings == save.settings)
    }

    /// The read-back Ctrl-S asked for shows the save applied: that is
    /// said, nothing is sent, and what was typed since stays in the form.
    @Test func ctrlSWhileTheOutcomeIsUnknownAndTheReadShowsItAppliedSaysSoAndKeepsNewInput() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, .transport(TransportFailure(kind: .timeout, detail: ""))))
        let read = try #require(driver.lastReadBack)
        driver.send(.failed(read.id, .transport(TransportFailure(kind: .timeout, detail: ""))))
        driver.press(.tab) // back to the fields: the region
        driver.press(.left) // US instead of EU
        driver.press(.control("s"))
        let again = try #require(driver.lastReadBack)
        #expect(again.id > read.id)
        let held = Integration(type: .pagerDuty, id: "p", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****************************" + Fixtures.hexKey.suffix(4))),
            "region": .text("EU"),
        ])
        driver.send(.integrationRead(again.id, held))
        #expect(driver.lastSave?.id == save.id)
        #expect(driver.state.route == .form)
        #expect(driver.text.contains("Saved (confirmed by reading it back)"))
        #expect(driver.state.form?.form.mode.isUpdate == true)
        #expect(driver.state.form?.form.field("region")?.text == "US")
        #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey)
        #expect(driver.state.menu?.integrations?[.pagerDuty] == held)
        // Sending the changes now is an ordinary PUT.
        driver.press(.control("s"))
        let put = try #require(driver.lastSave)
        #expect(put.id > save.id && put.isUpdate)
    }

    /// Atlas never returns Prometheus's password, not even masked: editing
    /// says so on the field, as it does for every other secret, whether the
    /// form opened on edit or became one after a 409.
    @Test func prometheusPasswordOnEditSaysAtlasNeverReturnsIt() throws {
        let hint = "Atlas never returns it: type it again"
        let existing = Integration(type: .prometheus, id: "6a0000000000000000000009", fields: [
            "username": .text("prom_user"), "serviceDiscovery": .text("http"), "enabled": .bool(true),
        ])
        var driver = AppDriver()
        driver.openProject(integrations: [existing])
        driver.openForm(.prometheus)
        #expect(driver.rows()[1].contains("Prometheus (edit)"))
        let password = try #require(driver.rows().first { $0.contains("Password") }, "\(driver.text)")
        #expect(password.contains(hint), "row: \(password)")
        #expect(driver.rows().filter { $0.contains(hint) }.count == 1, "only the password: the user name is read back")

        var created = AppDriver()
        created.openProject(integrations: [])
        created.openForm(.prometheus)
        #expect(!created.text.contains(hint), "nothing to type again when creating")
        created.type("prom_user")
        created.press(.tab)
        created.type("pw")
        created.press(.control("s"))
        let save = try #require(created.lastSave)
        created.send(.failed(save.id, Fixtures.apiError(
            409, "INTEGRATION_ALREADY_CONFIGURED", "The integration of type 'PROMETHEUS' is already configured for this group.")))
        created.press(.character("e"))
        #expect(created.state.form?.form.focusedField?.key == "password", "focus is back where Ctrl-S was pressed")
        created.press(.control("u")) // erase it: what is left is the hint
        // Under the focused field (inside it, the first key would have to overwrite it).
        let rows = created.rows()
        let row = try #require(rows.firstIndex { $0.contains("Password") }, "\(created.text)")
        #expect(rows[row + 1].contains(hint), "rows: \(rows[row])\n\(rows[row + 1])")
    }

    @Test func tlsFailureIsNotOfferedForRetryButInputIsKept() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.send(.failed(save.id, .transport(TransportFailure(kind: .tls, detail: "certificate expired"))))
        expectInputKept(driver)
        #expect(driver.text.contains("certificate expired"))
        #expect(!driver.text.contains("Press r to retry"))
    }

    /// Esc while saving stops waiting but not the request: its answer,
    /// when it comes, is shown in the form and the menu, and nothing is
    /// sent twice meanwhile.
    @Test func escStopsWaitingAndTheLateAnswerIsStillShown() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.press(.escape)
        #expect(!driver.effects.contains(.cancel(save.id)))
        expectInputKept(driver)
        #expect(driver.text.contains("Stopped waiting for the save"))
        driver.press(.control("s"))
        #expect(driver.lastSave?.id == save.id)
        #expect(driver.text.contains("The earlier save has not been answered yet"))
        driver.send(.saved(save.id, [Fixtures.pagerDuty]))
        #expect(driver.state.route == .form)
        #expect(driver.text.contains("The save you stopped waiting for was applied"))
        #expect(driver.state.form?.form.mode.isUpdate == true)
        #expect(driver.state.menu?.integrations?[.pagerDuty] == Fixtures.pagerDuty)
        expectInputKept(driver)
    }

    @Test func qIsALetterInATextFieldAndQuitAsksWhenInputWouldBeLost() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.victorOps)
        driver.type("q?")
        #expect(driver.state.form?.form.field("apiKey")?.text == "q?")
        #expect(!driver.quitRequested)
        #expect(driver.state.overlay == nil)
        driver.press(.escape)
        #expect(driver.text.contains("Discard input?"))
        driver.press(.character("n"))
        #expect(driver.state.route == .form)
        driver.press(.escape)
        driver.press(.character("y"))
        #expect(driver.state.route == .menu)
    }

    @Test func qOnANonTextFieldAsksBeforeQuittingWithUnsavedInput() {
        var driver = pagerDutyFilledIn() // focus is on the region choice
        driver.press(.character("q"))
        #expect(!driver.quitRequested)
        #expect(driver.text.contains("Quit and throw away what you typed"))
        driver.press(.character("y"))
        #expect(driver.quitRequested)
    }

    @Test func ctrlCDuringASaveAsksAndASecondOneQuitsWithoutCancellingIt() throws {
        var driver = pagerDutyFilledIn()
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        driver.press(.control("c"))
        #expect(!driver.quitRequested)
        #expect(driver.text.contains("Quit during a save?"))
        driver.press(.control("c"))
        #expect(driver.state.hasQuit)
        #expect(driver.effects.last == .quit)
        // Cancelling a save Atlas may already have would leave its outcome
        // unknown; the executable waits for it instead.
        #expect(!driver.effects.contains(.cancel(save.id)))
    }

    @Test func pastedFourKilobyteKeyArrivesExactly() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.webhook)
        driver.press(.tab)
        let key = (0..<4_096).map { index -> Character in
            let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789q?/-_+=")
            return alphabet[index % alphabet.count]
        }
        driver.paste(String(key) + "\n")
        #expect(driver.state.form?.form.field("secret")?.text == String(key))
        #expect(driver.state.route == .form)
        #expect(!driver.quitRequested)
        #expect(driver.state.overlay == nil)
        #expect(driver.text.contains("4096 chars"))
        #expect(!driver.text.contains("abcdefghij"))
    }

    /// Issue 15: typing into a secret field costs at most 4 bytes per
    /// character on the wire. curses sends only the cells that changed, so
    /// a typed character may change one cell, drawn plain (any style costs
    /// itself and its reset with every character): the mask's, not the
    /// count's line. The count catches up when typing pauses.
    @Test func typingAKeyChangesOneRowOfTheScreenAndTheCountFollowsWhenTypingPauses() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        // From the first character on: the placeholder is under the field,
        // not in the cells the first characters take.
        #expect(driver.text.contains("32 hexadecimal digits"))
        for character in Fixtures.hexKey {
            let before = driver.frame.rows
            driver.press(.character(character))
            let after = driver.frame.rows
            let changed = after.indices.filter { after[$0] != before[$0] }
            #expect(changed.count == 1, "rows changed by typing \(character): \(changed)")
            let row = try #require(changed.first)
            #expect(!after[row].contains { $0.role == .secret }, "the mask is drawn plain")
        }
        #expect(!driver.text.contains("32 chars"))
        #expect(driver.state.wantsTicks, "the count waits for time to pass")
        for _ in 0..<SecretField.ticksBeforeCount { driver.send(.tick) }
        #expect(driver.text.contains("32 chars"))
        #expect(!driver.state.wantsTicks)
    }

    @Test func secretRevealShowsTheKeyOnlyWhileFocused() {
        var driver = pagerDutyFilledIn()
        driver.press(.backTab)
        #expect(!driver.text.contains(Fixtures.hexKey))
        driver.press(.control("r"))
        #expect(driver.text.contains(Fixtures.hexKey))
        driver.press(.tab)
        #expect(!driver.text.contains(Fixtures.hexKey))
    }

    @Test func multilineEditorAndExternalEditor() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.webhook)
        driver.type("https://example.com/hook")
        driver.press(.tab, times: 2)
        driver.type("{")
        driver.press(.enter)
        driver.type("}")
        #expect(driver.state.form?.form.field("bodyTemplate")?.text == "{\n}")
        driver.press(.control("e"))
        let editor = try #require(driver.last { if case .openEditor(let id, let text) = $0 { (id, text) } else { nil } })
        #expect(editor.1 == "{\n}")
        driver.send(.editorFinished(editor.0, "{\n  \"alert\": \"${eventTypeName}\"\n}"))
        #expect(driver.state.form?.form.field("bodyTemplate")?.text == "{\n  \"alert\": \"${eventTypeName}\"\n}")
        driver.press(.control("s"))
        #expect(try #require(driver.lastSave).settings["bodyTemplate"] == .text("{\n  \"alert\": \"${eventTypeName}\"\n}"))
    }

    @Test func helpOverlayListsEveryKeyOfTheForm() {
        var driver = pagerDutyFilledIn()
        driver.press(.backTab)
        driver.press(.function(1))
        let text = driver.text
        #expect(text.contains("Help: form"))
        #expect(text.contains("show the key"))
        #expect(text.contains("ctrl+s"))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        expectInputKept(driver)
    }

    @Test func slackIsShownWithWhyItCannotBeChangedHere() throws {
        var driver = AppDriver()
        driver.openProject()
        driver.openForm(.slack)
        #expect(driver.text.contains("****9abc"))
        #expect(driver.text.contains("Atlas needs the Slack API token with every change"))
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
    }

    @Test func newRelicIsShownButCannotBeSaved() {
        let relic = Integration(type: .newRelic, id: "r", fields: ["accountId": .text("abc"), "licenseKey": .masked(MaskedSecret(masked: "****beef"))])
        var driver = AppDriver()
        driver.openProject(integrations: [relic])
        driver.openForm(.newRelic)
        #expect(driver.state.route == .form)
        #expect(driver.text.contains("New Relic ended the plugin integration"))
        #expect(driver.text.contains("****beef"))
        driver.press(.control("s"))
        #expect(driver.lastSave == nil)
        driver.press(.escape)
        #expect(driver.state.route == .menu)
    }
}

@Suite struct EveryFormTests {
    @Test(arguments: IntegrationType.known.filter { IntegrationCatalog.entry(for: $0).isCreatable })
    func everyCreatableFormOpensWithEveryFieldLabelled(type: IntegrationType) {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(type)
        #expect(driver.state.route == .form)
        let text = driver.text
        for field in IntegrationCatalog.entry(for: type).fields {
            #expect(text.contains(field.label), "\(type): \(field.label) missing")
        }
        #expect(driver.footer.contains("ctrl+s save"))
    }
}
