import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct FormSpecTests {
    @Test func everyKnownTypeHasASpecWithItsOwnType() {
        for type in IntegrationType.known {
            #expect(FormCatalog.spec(for: type).type == type)
            #expect(!FormCatalog.spec(for: type).summary.isEmpty)
        }
    }

    @Test(arguments: [
        (IntegrationType.pagerDuty, ["serviceKey", "region"]),
        (.datadog, ["apiKey", "region", "sendCollectionLatencyMetrics", "sendDatabaseMetrics", "sendQueryStatsMetrics", "sendUserProvidedResourceTags"]),
        (.opsGenie, ["apiKey", "region"]),
        (.victorOps, ["apiKey", "routingKey"]),
        (.webhook, ["url", "secret", "bodyTemplate", "headersTemplate"]),
        (.microsoftTeams, ["microsoftTeamsWebhookUrl"]),
        (.prometheus, ["username", "password", "serviceDiscovery", "enabled", "sendUserProvidedResourceTagsEnabled"]),
        (.slack, ["apiToken", "channelName", "teamName"]),
    ])
    func specListsEveryFieldOfTheType(type: IntegrationType, keys: [String]) {
        #expect(FormCatalog.spec(for: type).fields.map(\.key) == keys)
    }

    @Test func creatableKindsMatchTheServiceLayer() {
        for type in IntegrationType.known {
            let creatable = FormCatalog.spec(for: type).availability == .creatable
            #expect(creatable == type.isCreatableThroughAPI, "\(type)")
        }
    }

    @Test func fieldKindsAreTheRightWidgets() {
        #expect(FormCatalog.pagerDuty.field("serviceKey")?.kind == .secret)
        #expect(FormCatalog.datadog.field("region")?.kind == .choice(["US", "EU", "US3", "US5", "AP1", "US1_FED"].map { ChoiceOption($0) }))
        #expect(FormCatalog.datadog.field("sendDatabaseMetrics")?.kind == .toggle)
        #expect(FormCatalog.webhook.field("bodyTemplate")?.kind == .multiline)
        #expect(FormCatalog.webhook.field("headersTemplate")?.kind == .multiline)
        #expect(FormCatalog.prometheus.field("serviceDiscovery")?.kind == .choice([ChoiceOption("http"), ChoiceOption("file")]))
        #expect(FormCatalog.prometheus.field("enabled")?.kind == .toggle)
        #expect(FormCatalog.slack.fields.filter(\.isEditable).map(\.key) == ["channelName"])
        #expect(FormCatalog.newRelic.fields.allSatisfy { !$0.isEditable })
    }
}

@Suite struct ValidatorTests {
    @Test func requiredRefusesBlank() {
        #expect(Validator.required.message(for: "") != nil)
        #expect(Validator.required.message(for: "   ") != nil)
        #expect(Validator.required.message(for: "x") == nil)
    }

    @Test func hexadecimalChecksDigitsAndLength() {
        let check = Validator.hexadecimal(length: 32)
        #expect(check.message(for: Fixtures.hexKey) == nil)
        #expect(check.message(for: Fixtures.hexKey.uppercased()) == nil)
        #expect(check.message(for: "abc")?.contains("this has 3") == true)
        #expect(check.message(for: "****************************0022")?.contains("hexadecimal") == true)
        #expect(check.message(for: "") == nil)
    }

    @Test func urlMustBeHTTPWithAHost() {
        #expect(Validator.httpURL.message(for: "https://example.com/hook") == nil)
        #expect(Validator.httpURL.message(for: "http://10.0.0.1:8080/x") == nil)
        #expect(Validator.httpURL.message(for: "ftp://example.com") != nil)
        #expect(Validator.httpURL.message(for: "example.com/hook") != nil)
        #expect(Validator.httpURL.message(for: "https:///nohost") != nil)
        #expect(Validator.httpURL.message(for: "https://exa mple.com") != nil)
    }

    @Test func byteLimitsCountUTF8() {
        #expect(Validator.maxBytes(16 * 1024).message(for: String(repeating: "a", count: 16 * 1024)) == nil)
        #expect(Validator.maxBytes(16 * 1024).message(for: String(repeating: "a", count: 16 * 1024 + 1))?.contains("16 KB") == true)
        #expect(Validator.maxBytes(4 * 1024).message(for: String(repeating: "é", count: 2_049)) != nil)
    }
}

@Suite struct FormTests {
    init() { TestLocale.ensure() }

    func typed(_ form: inout Form, _ text: String) {
        for character in text { _ = form.update(.key(.character(character))) }
    }

    @Test func newPagerDutyFormBuildsItsSettings() {
        var form = Form(spec: FormCatalog.pagerDuty, mode: .create)
        typed(&form, Fixtures.hexKey)
        _ = form.update(.key(.tab))
        _ = form.update(.key(.right))
        let valid1 = form.validateAll()
        #expect(valid1)
        #expect(form.settings == IntegrationSettings(type: .pagerDuty, fields: [
            ("serviceKey", .secret(SecretValue(Fixtures.hexKey))), ("region", .text("EU")),
        ]))
    }

    @Test func editStartsSecretsEmptyAndPrefillsTheRest() {
        let form = Form(spec: FormCatalog.datadog, mode: .edit(Fixtures.datadog))
        #expect(form.field("apiKey")?.text == "")
        #expect(form.field("apiKey")?.isRequired == true)
        #expect(form.field("region")?.text == "US3")
        #expect(form.field("sendDatabaseMetrics")?.text == "true")
        #expect(form.field("sendQueryStatsMetrics")?.text == "false")
        #expect(!form.isDirty)
    }

    @Test func editRefusesToSaveWithoutTheSecretTypedAgain() {
        var form = Form(spec: FormCatalog.pagerDuty, mode: .edit(Fixtures.pagerDuty))
        let valid2 = form.validateAll()
        #expect(!valid2)
        #expect(form.field("serviceKey")?.error?.contains("type it again") == true)
    }

    @Test func maskedUrlIsNotPrefilledAndMustBeTypedAgain() {
        let form = Form(spec: FormCatalog.webhook, mode: .edit(Fixtures.webhook))
        #expect(form.field("url")?.text == "")
        #expect(form.field("secret")?.isRequired == true)
        let text = form.view(width: 80, context: testContext).lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("current: https://example.com/****2101"))
    }

    @Test func slackEditSendsOnlyTheChannel() {
        var form = Form(spec: FormCatalog.slack, mode: .edit(Fixtures.slack))
        #expect(form.focusedField?.key == "channelName")
        _ = form.update(.key(.control("u")))
        typed(&form, "ops-alerts")
        let valid3 = form.validateAll()
        #expect(valid3)
        #expect(form.settings == IntegrationSettings(type: .slack, fields: [("channelName", .text("ops-alerts"))]))
    }

    @Test func readOnlyKindsHaveNoFocusAndCannotSubmit() {
        let relic = Integration(type: .newRelic, id: "x", fields: ["accountId": .text("abc"), "licenseKey": .masked(MaskedSecret(masked: "****1234"))])
        var form = Form(spec: FormCatalog.newRelic, mode: .view(relic))
        #expect(form.focusIndex == nil)
        #expect(form.update(.key(.control("s"))) == .ignored)
        let text = form.view(width: 80, context: testContext).lines.map(\.text).joined()
        #expect(text.contains("****1234"))
    }

    @Test func emptyOptionalFieldsAreLeftOutOfTheBody() {
        var form = Form(spec: FormCatalog.webhook, mode: .create)
        typed(&form, "https://example.com/hook")
        let valid4 = form.validateAll()
        #expect(valid4)
        #expect(form.settings.fields.map(\.key) == ["url"])
    }

    @Test func prometheusDefaultsAndBody() {
        var form = Form(spec: FormCatalog.prometheus, mode: .create)
        typed(&form, "prom_user")
        _ = form.update(.key(.tab))
        typed(&form, "pa55word")
        _ = form.update(.key(.tab))
        _ = form.update(.key(.right)) // file
        let valid5 = form.validateAll()
        #expect(valid5)
        #expect(form.settings == IntegrationSettings(type: .prometheus, fields: [
            ("username", .text("prom_user")), ("password", .secret(SecretValue("pa55word"))),
            ("serviceDiscovery", .text("file")), ("enabled", .bool(true)),
            ("sendUserProvidedResourceTagsEnabled", .bool(false)),
        ]))
    }

    @Test func datadogTogglesAndRegionGoIntoTheBody() {
        var form = Form(spec: FormCatalog.datadog, mode: .create)
        typed(&form, Fixtures.hexKey)
        _ = form.update(.key(.tab))
        _ = form.update(.key(.left)) // US → US1_FED
        _ = form.update(.key(.tab))
        _ = form.update(.key(.tab))
        _ = form.update(.key(.character(" "))) // database metrics on
        let valid6 = form.validateAll()
        #expect(valid6)
        let settings = form.settings
        #expect(settings["region"] == .text("US1_FED"))
        #expect(settings["sendDatabaseMetrics"] == .bool(true))
        #expect(settings["sendCollectionLatencyMetrics"] == .bool(false))
        #expect(settings["apiKey"] == .secret(SecretValue(Fixtures.hexKey)))
    }

    @Test func opsGenieVictorOpsAndTeamsBodies() {
        var genie = Form(spec: FormCatalog.opsGenie, mode: .create)
        typed(&genie, "2d8c1f0e-1111-2222-3333-444455556666")
        let valid7 = genie.validateAll()
        #expect(valid7)
        #expect(genie.settings["region"] == .text("US"))

        var victor = Form(spec: FormCatalog.victorOps, mode: .create)
        typed(&victor, "vo-key")
        _ = victor.update(.key(.tab))
        typed(&victor, "ops")
        let valid8 = victor.validateAll()
        #expect(valid8)
        #expect(victor.settings == IntegrationSettings(type: .victorOps, fields: [
            ("apiKey", .secret(SecretValue("vo-key"))), ("routingKey", .text("ops")),
        ]))

        var teams = Form(spec: FormCatalog.microsoftTeams, mode: .create)
        typed(&teams, "not a url")
        let valid9 = teams.validateAll()
        #expect(!valid9)
        _ = teams.update(.key(.control("u")))
        typed(&teams, "https://acme.webhook.office.com/webhookb2/abc")
        let valid10 = teams.validateAll()
        #expect(valid10)
        #expect(teams.settings["microsoftTeamsWebhookUrl"] == .secret(SecretValue("https://acme.webhook.office.com/webhookb2/abc")))
    }

    @Test func formatErrorShowsOnLeavingTheFieldAndClearsOnAKey() {
        var form = Form(spec: FormCatalog.pagerDuty, mode: .create)
        typed(&form, "xyz")
        _ = form.update(.key(.tab))
        #expect(form.field("serviceKey")?.error?.contains("hexadecimal") == true)
        _ = form.update(.key(.backTab))
        _ = form.update(.key(.backspace))
        #expect(form.field("serviceKey")?.error == nil)
    }

    @Test func webhookBodyOverSixteenKilobytesIsRefused() {
        var form = Form(spec: FormCatalog.webhook, mode: .create)
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

    @Test func enterOnTheLastFieldSubmits() {
        var form = Form(spec: FormCatalog.pagerDuty, mode: .create)
        #expect(form.update(.key(.enter)) == .handled)
        #expect(form.focusedField?.key == "region")
        #expect(form.update(.key(.enter)) == .submit)
    }
}
