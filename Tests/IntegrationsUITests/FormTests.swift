import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct FormTests {
    init() { TestLocale.ensure() }

    func typed(_ form: inout Form, _ text: String) {
        for character in text { _ = form.update(.key(.character(character))) }
    }

    @Test func newPagerDutyFormBuildsItsSettings() throws {
        var form = Form(spec: IntegrationCatalog.pagerDuty, mode: .create)
        typed(&form, Fixtures.hexKey)
        _ = form.update(.key(.tab))
        _ = form.update(.key(.right))
        let valid1 = form.validateAll()
        #expect(valid1)
        #expect(try form.settings() == IntegrationSettings(type: .pagerDuty, fields: [
            ("serviceKey", .secret(SecretValue(Fixtures.hexKey))), ("region", .text("EU")),
        ]))
    }

    @Test func editStartsSecretsEmptyAndPrefillsTheRest() throws {
        let form = Form(spec: IntegrationCatalog.datadog, mode: .edit(Fixtures.datadog))
        #expect(form.field("apiKey")?.text == "")
        #expect(form.field("apiKey")?.isRequired == true)
        #expect(form.field("region")?.text == "US3")
        #expect(form.field("sendDatabaseMetrics")?.text == "true")
        #expect(form.field("sendQueryStatsMetrics")?.text == "false")
        #expect(!form.isDirty)
    }

    @Test func editRefusesToSaveWithoutTheSecretTypedAgain() throws {
        var form = Form(spec: IntegrationCatalog.pagerDuty, mode: .edit(Fixtures.pagerDuty))
        let valid2 = form.validateAll()
        #expect(!valid2)
        #expect(form.field("serviceKey")?.error?.contains("type it again") == true)
    }

    @Test func maskedUrlIsNotPrefilledAndMustBeTypedAgain() throws {
        let form = Form(spec: IntegrationCatalog.webhook, mode: .edit(Fixtures.webhook))
        #expect(form.field("url")?.text == "")
        #expect(form.field("secret")?.isRequired == true)
        let text = form.view(width: 80, context: testContext).lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("current: https://example.com/****2101"))
    }

    @Test func slackIsShownButNotChangedBecauseAtlasNeedsTheToken() throws {
        var form = Form(spec: IntegrationCatalog.slack, mode: .view(Fixtures.slack))
        #expect(form.focusIndex == nil)
        #expect(form.update(.key(.control("s"))) == .ignored)
        #expect((try? form.settings()) == nil)
    }

    @Test func readOnlyKindsHaveNoFocusAndCannotSubmit() throws {
        let relic = Integration(type: .newRelic, id: "x", fields: ["accountId": .text("abc"), "licenseKey": .masked(MaskedSecret(masked: "****1234"))])
        var form = Form(spec: IntegrationCatalog.newRelic, mode: .view(relic))
        #expect(form.focusIndex == nil)
        #expect(form.update(.key(.control("s"))) == .ignored)
        let text = form.view(width: 80, context: testContext).lines.map(\.text).joined()
        #expect(text.contains("****1234"))
    }

    @Test func emptyOptionalFieldsAreLeftOutOfTheBody() throws {
        var form = Form(spec: IntegrationCatalog.webhook, mode: .create)
        typed(&form, "https://example.com/hook")
        let valid4 = form.validateAll()
        #expect(valid4)
        #expect(try form.settings().fields.map(\.key) == ["url"])
    }

    @Test func prometheusDefaultsAndBody() throws {
        var form = Form(spec: IntegrationCatalog.prometheus, mode: .create)
        typed(&form, "prom_user")
        _ = form.update(.key(.tab))
        typed(&form, "pa55word")
        _ = form.update(.key(.tab))
        _ = form.update(.key(.right)) // file
        let valid5 = form.validateAll()
        #expect(valid5)
        #expect(try form.settings() == IntegrationSettings(type: .prometheus, fields: [
            ("username", .text("prom_user")), ("password", .secret(SecretValue("pa55word"))),
            ("serviceDiscovery", .text("file")), ("enabled", .bool(true)),
            ("sendUserProvidedResourceTagsEnabled", .bool(false)),
        ]))
    }

    @Test func datadogTogglesAndRegionGoIntoTheBody() throws {
        var form = Form(spec: IntegrationCatalog.datadog, mode: .create)
        typed(&form, Fixtures.hexKey)
        _ = form.update(.key(.tab))
        _ = form.update(.key(.left)) // US → US1_FED
        _ = form.update(.key(.tab))
        _ = form.update(.key(.tab))
        _ = form.update(.key(.character(" "))) // database metrics on
        let valid6 = form.validateAll()
        #expect(valid6)
        let settings = try form.settings()
        #expect(settings["region"] == .text("US1_FED"))
        #expect(settings["sendDatabaseMetrics"] == .bool(true))
        #expect(settings["sendCollectionLatencyMetrics"] == .bool(false))
        #expect(settings["apiKey"] == .secret(SecretValue(Fixtures.hexKey)))
    }

    @Test func opsGenieVictorOpsAndTeamsBodies() throws {
        var genie = Form(spec: IntegrationCatalog.opsGenie, mode: .create)
        typed(&genie, "2d8c1f0e-1111-2222-3333-444455556666")
        let valid7 = genie.validateAll()
        #expect(valid7)
        #expect(try genie.settings()["region"] == .text("US"))

        var victor = Form(spec: IntegrationCatalog.victorOps, mode: .create)
        typed(&victor, "vo-key")
        _ = victor.update(.key(.tab))
        typed(&victor, "ops")
        let valid8 = victor.validateAll()
        #expect(valid8)
        #expect(try victor.settings() == IntegrationSettings(type: .victorOps, fields: [
            ("apiKey", .secret(SecretValue("vo-key"))), ("routingKey", .text("ops")),
        ]))

        var teams = Form(spec: IntegrationCatalog.microsoftTeams, mode: .create)
        typed(&teams, "not a url")
        let valid9 = teams.validateAll()
        #expect(!valid9)
        _ = teams.update(.key(.control("u")))
        typed(&teams, "https://acme.webhook.office.com/webhookb2/abc")
        let valid10 = teams.validateAll()
        #expect(valid10)
        #expect(try teams.settings()["microsoftTeamsWebhookUrl"] == .secret(SecretValue("https://acme.webhook.office.com/webhookb2/abc")))
    }

    @Test func formatErrorShowsOnLeavingTheFieldAndClearsOnAKey() throws {
        var form = Form(spec: IntegrationCatalog.pagerDuty, mode: .create)
        typed(&form, "xyz")
        _ = form.update(.key(.tab))
        #expect(form.field("serviceKey")?.error?.contains("hexadecimal") == true)
        _ = form.update(.key(.backTab))
        _ = form.update(.key(.backspace))
        #expect(form.field("serviceKey")?.error == nil)
    }

    @Test func webhookBodyOverSixteenKilobytesIsRefused() throws {
        var form = Form(spec: IntegrationCatalog.webhook, mode: .create)
        typed(&form, "https://example.com/hook")
        _ = form.update(.key(.tab))
        _ = form.update(.key(.tab))
        _ = form.update(.paste(String(repeating: "x", count: 16 * 1024 + 10)))
        let valid11 = form.validateAll()
        #expect(!valid11)
        #expect(form.focusedField?.key == "bodyTemplate")
        #expect(form.field("bodyTemplate")?.error?.contains("16 KB") == true)
        #expect(form.field("bodyTemplate")?.text.count == 16 * 1024 + 10)
    }

    @Test func enterOnTheLastFieldSubmits() throws {
        var form = Form(spec: IntegrationCatalog.pagerDuty, mode: .create)
        #expect(form.update(.key(.enter)) == .handled)
        #expect(form.focusedField?.key == "region")
        #expect(form.update(.key(.enter)) == .submit)
    }

    /// A number where Atlas keeps text is shown as a number, however large
    /// (a whole number past what an `Int` holds once stopped the program).
    @Test func aNumberAtlasReturnsIsShownWhateverItsSize() {
        for (number, shown) in [(3.0, "3"), (2.5, "2.5"), (1e300, "1e+300"), (-9.3e18, "-9.3e+18")] {
            let read = Integration(raw: ["type": .string("NEW_RELIC"), "accountId": .number(number)])
            let form = Form(spec: IntegrationCatalog.newRelic, mode: .view(read))
            #expect(form.field("accountId")?.text == shown)
        }
    }
}
