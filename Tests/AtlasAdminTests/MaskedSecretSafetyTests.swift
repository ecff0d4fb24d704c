import Foundation
import Testing
@testable import AtlasAdmin

/// A secret Atlas masked on read can be shown but never sent back.
@Suite struct MaskedSecretSafetyTests {
    @Test func maskedSecretIsNotEncodable() {
        let masked: Any = MaskedSecret(masked: "****************************0022")
        #expect(!(masked is any Encodable))
        #expect(!(masked is SecretValue))
    }

    @Test func readViewsHoldOnlyMaskedSecrets() throws {
        let page = try JSONDecoder().decode(Page<Integration>.self, from: Data(RecordedBodies.createWebhookPage.utf8))
        for integration in page.results {
            for key in Integration.secretKeys(of: integration.type) {
                switch integration.fields[key] {
                case .masked?, .null?, nil: break
                case let other?: Issue.record("\(integration.type) \(key) read as \(other)")
                }
            }
        }
    }

    @Test func settingsEncodeTheTypedSecretInClearAndNothingElse() throws {
        let settings = DatadogSettings(apiKey: SecretValue("0123456789abcdef0123456789abcdef"), region: .eu)
        let json = String(decoding: try JSONEncoder().encode(settings.integrationSettings), as: UTF8.self)
        #expect(json.contains(#""apiKey":"0123456789abcdef0123456789abcdef""#))
        #expect(json.contains(#""type":"DATADOG""#))
        #expect(json.contains(#""region":"EU""#))
    }

    @Test func maskedLookingValuesAreFlagged() {
        #expect(SecretValue("****************************0022").looksMasked)
        #expect(SecretValue("https://example.com/****2101").looksMasked)
        #expect(!SecretValue("my*secret").looksMasked)
        #expect(!SecretValue("0123456789abcdef0123456789abcdef").looksMasked)
        let settings = WebhookSettings(
            url: SecretValue("https://example.com/****2101"), secret: SecretValue("**************************2101"))
        #expect(settings.integrationSettings.keysOfMaskedLookingSecrets == ["url", "secret"])
    }

    @Test func maskedLookingSecretIsRefusedBeforeAnyRequest() async {
        let transport = ScriptedTransport(status: 200, body: RecordedBodies.createWebhookPage)
        let client = AtlasClient.scripted(transport)
        let settings = DatadogSettings(apiKey: SecretValue("****************************0000"))
        for operation in [0, 1] {
            do {
                _ = operation == 0
                    ? try await client.create(settings, projectID: "6a79404f2c88faeba59beea6")
                    : try await client.update(settings, projectID: "6a79404f2c88faeba59beea6")
                Issue.record("a masked key was sent")
            } catch {
                guard case .invalidInput(let field, let message) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(field == "apiKey")
                #expect(message.contains("masked"))
            }
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func secretDescriptionsNeverShowTheValue() {
        let secret = SecretValue("0123456789abcdef0123456789abcdef")
        #expect(!"\(secret)".contains("0123"))
        #expect(!String(reflecting: secret).contains("0123"))
        let credentials = AtlasCredentials.apiKey(publicKey: "abcdefgh", privateKey: secret)
        #expect("\(credentials)" == "API key abcdefgh")
        #expect(!String(reflecting: credentials).contains("0123"))
        #expect(!"\(DatadogSettings(apiKey: secret))".contains("0123"))
    }
}
