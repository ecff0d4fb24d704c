import Foundation
import Testing
@testable import AtlasAdmin

@Suite struct IntegrationDecodingTests {
    @Test func bodyFieldsKeepTheirOrderAfterTheType() throws {
        let data = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue("k\"1")), "region": .text("US")]).jsonBody()
        #expect(String(decoding: data, as: UTF8.self) == #"{"type":"PAGER_DUTY","serviceKey":"k\"1","region":"US"}"#)
        let webhook = try IntegrationSettings(.webhook, ["url": .text("https://example.com/a")]).jsonBody()
        #expect(String(decoding: webhook, as: UTF8.self) == #"{"type":"WEBHOOK","url":"https://example.com/a"}"#)
    }

    @Test func valuesThisBuildDoesNotListAreKeptAsText() throws {
        let raw = #"{"type":"DATADOG","apiKey":"****abcd","region":"AP2"}"#
        let datadog = try JSONDecoder().decode(Integration.self, from: Data(raw.utf8))
        #expect(datadog.text("region") == "AP2")
        #expect(datadog.masked("apiKey")?.visibleTail == "abcd")
        let prometheus = #"{"type":"PROMETHEUS","username":"u","serviceDiscovery":"dns","enabled":true}"#
        let view = try JSONDecoder().decode(Integration.self, from: Data(prometheus.utf8))
        #expect(view.text("serviceDiscovery") == "dns")
        #expect(view.bool("enabled") == true)
        #expect(view.text("username") == "u")
    }

    @Test func unknownKindsAndKeysDecodeWithoutFailing() throws {
        let raw = #"{"results":[{"type":"SPLUNK_ON_CALL_V2","id":"6a7940642c88faeba59bf3da","token":"****1234","level":3,"tags":["a"]},{"type":"HIP_CHAT","notificationToken":"****9999","roomName":"ops"},{"type":"PAGER_DUTY","serviceKey":"****0022","region":"EU","brandNew":true}]}"#
        let page = try JSONDecoder().decode(Page<Integration>.self, from: Data(raw.utf8))
        let unknown = page.results[0]
        #expect(unknown.type == IntegrationType(rawValue: "SPLUNK_ON_CALL_V2"))
        #expect(!unknown.type.isKnown)
        #expect(unknown.type.displayName == "SPLUNK_ON_CALL_V2")
        #expect(unknown.masked("token")?.visibleTail == "1234")
        #expect(unknown.fields["level"] == .number(3))
        #expect(page.results[1].text("roomName") == "ops")
        #expect(page.results[1].masked("notificationToken") != nil)
        #expect(page.results[2].text("region") == "EU")
        #expect(page.results[2].bool("brandNew") == true)
    }

    /// The catalog decides what is masked: a field Atlas hides decodes as
    /// masked even when its text does not look it, and a clear field with
    /// stars in it stays text.
    @Test func theCatalogDecidesWhichFieldsAreMasked() {
        let webhook = Integration(raw: [
            "type": .string("WEBHOOK"), "url": .string("https://example.com/****2101"),
            "bodyTemplate": .string("{\"a\":1}"), "headersTemplate": .null,
        ])
        #expect(webhook.masked("url")?.masked == "https://example.com/****2101")
        #expect(webhook.masked("bodyTemplate") != nil)
        #expect(webhook.fields["headersTemplate"] == .null)
        let victor = Integration(raw: ["type": .string("VICTOR_OPS"), "apiKey": .string("****1c11"), "routingKey": .string("a*b")])
        #expect(victor.text("routingKey") == "a*b")
        let teams = Integration(raw: ["type": .string("MICROSOFT_TEAMS"), "microsoftTeamsWebhookUrl": .string("https://webhook.com/****")])
        #expect(teams.masked("microsoftTeamsWebhookUrl")?.masked == "https://webhook.com/****")
    }
}
