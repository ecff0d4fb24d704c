import Foundation
import Testing
@testable import AtlasAdmin

@Suite struct IntegrationModelTests {
    private func json(_ settings: some IntegrationSettingsConvertible) throws -> [String: JSONValue] {
        let data = try JSONEncoder().encode(settings.integrationSettings)
        return try JSONDecoder().decode([String: JSONValue].self, from: data)
    }

    @Test func everyKindProducesItsDocumentedBody() throws {
        let key = SecretValue("0123456789abcdef0123456789abcdef")
        #expect(try json(PagerDutySettings(serviceKey: key, region: .eu)) == [
            "type": .string("PAGER_DUTY"), "serviceKey": .string(key.clearText), "region": .string("EU"),
        ])
        #expect(try json(DatadogSettings(apiKey: key, region: .us5, sendQueryStatsMetrics: true)) == [
            "type": .string("DATADOG"), "apiKey": .string(key.clearText), "region": .string("US5"),
            "sendCollectionLatencyMetrics": .bool(false), "sendDatabaseMetrics": .bool(false),
            "sendQueryStatsMetrics": .bool(true), "sendUserProvidedResourceTags": .bool(false),
        ])
        #expect(try json(OpsGenieSettings(apiKey: key)) == [
            "type": .string("OPS_GENIE"), "apiKey": .string(key.clearText), "region": .string("US"),
        ])
        #expect(try json(VictorOpsSettings(apiKey: key, routingKey: "ops")) == [
            "type": .string("VICTOR_OPS"), "apiKey": .string(key.clearText), "routingKey": .string("ops"),
        ])
        #expect(try json(VictorOpsSettings(apiKey: key))["routingKey"] == nil)
        #expect(try json(WebhookSettings(url: SecretValue("https://example.com/hook"), secret: SecretValue("s3cr3t"),
                                         bodyTemplate: SecretValue(#"{"a":"${eventType}"}"#))) == [
            "type": .string("WEBHOOK"), "url": .string("https://example.com/hook"), "secret": .string("s3cr3t"),
            "bodyTemplate": .string(#"{"a":"${eventType}"}"#),
        ])
        #expect(try json(MicrosoftTeamsSettings(webhookURL: SecretValue("https://x.webhook.office.com/y"))) == [
            "type": .string("MICROSOFT_TEAMS"), "microsoftTeamsWebhookUrl": .string("https://x.webhook.office.com/y"),
        ])
        #expect(try json(PrometheusSettings(username: "prom_user", password: SecretValue("pw"))) == [
            "type": .string("PROMETHEUS"), "username": .string("prom_user"), "password": .string("pw"),
            "serviceDiscovery": .string("http"), "enabled": .bool(true),
            "sendUserProvidedResourceTagsEnabled": .bool(false),
        ])
        #expect(try json(SlackSettings(apiToken: SecretValue("xoxb-1"), channelName: "alerts")) == [
            "type": .string("SLACK"), "apiToken": .string("xoxb-1"), "channelName": .string("alerts"),
        ])
        #expect(try json(NewRelicSettings(accountId: "a", licenseKey: key, readToken: key, writeToken: key)).count == 5)
        #expect(try json(HipChatSettings(notificationToken: key, roomName: "ops"))["roomName"] == .string("ops"))
    }

    @Test func bodyFieldsKeepTheirDocumentedOrder() throws {
        let data = try PagerDutySettings(serviceKey: SecretValue("k\"1"), region: .us).integrationSettings.jsonBody()
        #expect(String(decoding: data, as: UTF8.self) == #"{"type":"PAGER_DUTY","serviceKey":"k\"1","region":"US"}"#)
        let webhook = try WebhookSettings(url: SecretValue("https://example.com/a")).integrationSettings.jsonBody()
        #expect(String(decoding: webhook, as: UTF8.self) == #"{"type":"WEBHOOK","url":"https://example.com/a"}"#)
    }

    @Test func unknownRegionsAndDiscoveryValuesAreKept() throws {
        let raw = #"{"type":"DATADOG","apiKey":"****abcd","region":"AP2"}"#
        let datadog = try #require(DatadogIntegration(try JSONDecoder().decode(Integration.self, from: Data(raw.utf8))))
        #expect(datadog.region?.rawValue == "AP2")
        #expect(datadog.region?.isKnown == false)
        #expect(DatadogRegion.known.count == 6)
        let prometheus = #"{"type":"PROMETHEUS","username":"u","serviceDiscovery":"dns","enabled":true,"sendUserProvidedResourceTagsEnabled":true}"#
        let view = try #require(PrometheusIntegration(try JSONDecoder().decode(Integration.self, from: Data(prometheus.utf8))))
        #expect(view.serviceDiscovery == PrometheusServiceDiscovery(rawValue: "dns"))
        #expect(view.enabled && view.sendUserProvidedResourceTagsEnabled)
        #expect(view.username == "u")
    }

    @Test func unknownKindsAndKeysDecodeWithoutFailing() throws {
        let raw = #"{"results":[{"type":"SPLUNK_ON_CALL_V2","id":"6a7940642c88faeba59bf3da","token":"****1234","level":3,"tags":["a"]},{"type":"HIP_CHAT","notificationToken":"****9999","roomName":"ops"},{"type":"PAGER_DUTY","serviceKey":"****0022","region":"EU","brandNew":true}]}"#
        let page = try JSONDecoder().decode(Page<Integration>.self, from: Data(raw.utf8))
        let typed = page.results.map(TypedIntegration.init)
        guard case .unknown(let unknown) = typed[0] else { Issue.record("expected unknown"); return }
        #expect(unknown.type == .unknown("SPLUNK_ON_CALL_V2"))
        #expect(unknown.masked("token")?.visibleTail == "1234")
        #expect(unknown.fields["level"] == .number(3))
        guard case .hipChat(let hipChat) = typed[1] else { Issue.record("expected HipChat"); return }
        #expect(hipChat.roomName == "ops")
        guard case .pagerDuty(let pagerDuty) = typed[2] else { Issue.record("expected PagerDuty"); return }
        #expect(pagerDuty.region == .eu)
        #expect(page.results[2].bool("brandNew") == true)
    }

    @Test func viewsOfTheWrongKindAreNil() throws {
        let webhook = try JSONDecoder().decode(Integration.self, from: Data(RecordedBodies.getWebhook.utf8))
        #expect(DatadogIntegration(webhook) == nil)
        #expect(webhook.typed(as: WebhookIntegration.self) != nil)
        let teams = Integration(raw: ["type": .string("MICROSOFT_TEAMS"), "microsoftTeamsWebhookUrl": .string("https://webhook.com/****")])
        #expect(MicrosoftTeamsIntegration(teams)?.webhookURL?.masked == "https://webhook.com/****")
        let slack = Integration(raw: ["type": .string("SLACK"), "apiToken": .string("****abcd"), "channelName": .string("c")])
        #expect(SlackIntegration(slack)?.channelName == "c")
        let newRelic = Integration(raw: ["type": .string("NEW_RELIC"), "accountId": .string("1"), "licenseKey": .string("****1111")])
        #expect(NewRelicIntegration(newRelic)?.licenseKey?.visibleTail == "1111")
    }
}
