import AtlasSandbox
import Foundation
import Testing
import TestSupport
@testable import AtlasAdmin

/// No field Atlas masks can be sent a masked copy: for every type and every
/// such field of the catalog, every masked shape of every sample value is
/// refused when the settings are made, so no request body can carry one.
@Suite struct MaskedValueGuardTests {
    /// Values operators really send: keys, UUIDs, URLs, templates, tokens.
    static let samples = [
        "0123456789abcdef0123456789abcdef", "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b",
        "https://hooks.example.com/atlas/9c2e", "https://acme.webhook.office.com/webhookb2/abc/IncomingWebhook/def",
        "http://10.0.0.7:8080/alerts?team=db", #"{"alert":"${id}","severity":"${severity}"}"#,
        "xoxb-1234-5678-abcdefgh", "s3cr3t", "秘密のキー-2024", "a*b*c*d-not-masked",
    ]

    /// Every masked form of `value` an operator could copy from a read or
    /// type by hand: Atlas's own copy (whole, and as a URL), runs of stars,
    /// stars with one to four characters, and the same with spaces around.
    static func maskedShapes(of value: String) -> [String] {
        var shapes = [ReadBack.maskedWhole.readBack(of: value), ReadBack.maskedURL.readBack(of: value)].compactMap { $0 }
        for stars in [1, 4, 28, 64] {
            let run = String(repeating: "*", count: stars)
            shapes.append(run)
            for tail in 1...4 { shapes.append(run + String(value.suffix(tail)).replacingOccurrences(of: "*", with: "x").replacingOccurrences(of: "/", with: "x")) }
            shapes.append("https://example.com/" + run + "2101")
        }
        return shapes + shapes.map { "  \($0)\t" }
    }

    static var maskedFields: [(CatalogEntry, CatalogField)] {
        IntegrationCatalog.entries.filter(\.isCreatable).flatMap { entry in
            entry.fields.filter { $0.readBack.isMasked && $0.isWritable }.map { (entry, $0) }
        }
    }

    @Test func everyWritableTypeHasFieldsAtlasMasks() {
        // The property below would hold vacuously without them.
        #expect(Self.maskedFields.count >= 9)
        #expect(Set(Self.maskedFields.map(\.0.type)).count == 6)
    }

    @Test func everyMaskedShapeIsRefusedForEveryMaskedField() {
        var refused = 0
        for (entry, field) in Self.maskedFields {
            for sample in Self.samples {
                #expect(!MaskedShape.matches(sample), "sample \(sample) looks masked")
                for shape in Self.maskedShapes(of: sample) {
                    for value in [SettingValue.text(shape), .secret(SecretValue(shape))] {
                        do {
                            _ = try IntegrationSettings(type: entry.type, fields: [(field.key, value)])
                            Issue.record("\(entry.type) \(field.key) took \(shape)")
                        } catch {
                            #expect(error.reason == .maskedValue && error.field == field.key)
                            refused += 1
                        }
                    }
                    #expect(field.problem(with: shape)?.contains("masked copy") == true, "\(field.key) \(shape)")
                }
            }
        }
        #expect(refused > 5_000)
    }

    @Test func realValuesPassTheGuard() throws {
        for (entry, field) in Self.maskedFields {
            for sample in Self.samples {
                let settings = try IntegrationSettings(type: entry.type, fields: [(field.key, .secret(SecretValue(sample)))])
                #expect(settings[field.key]?.text == sample)
            }
        }
    }

    /// `text`, read from a masked field, put back into that field as typed
    /// text and as a secret: both must be refused as the masked copy.
    static func expectRefused(_ text: String, type: IntegrationType, key: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        for value in [SettingValue.text(text), .secret(SecretValue(text))] {
            do {
                _ = try IntegrationSettings(type: type, fields: [(key, value)])
                Issue.record("\(type) \(key) took the masked copy \(text)", sourceLocation: sourceLocation)
            } catch {
                #expect(error.reason == .maskedValue && error.field == key, sourceLocation: sourceLocation)
            }
        }
    }

    /// Every value real Atlas masked in the recorded bodies (its stars are
    /// in the data, not in the product's tables) reads as masked, and its
    /// text cannot be sent back in the field it came from.
    @Test func whatRealAtlasMaskedIsReadAsMaskedAndRefusedBack() throws {
        let page = try JSONDecoder().decode(Page<Integration>.self, from: Data(RecordedBodies.createWebhookPage.utf8))
        let raw = try JSONDecoder().decode(Page<[String: JSONValue]>.self, from: Data(RecordedBodies.createWebhookPage.utf8))
        var masked = 0
        for (read, fields) in zip(page.results, raw.results) {
            for (key, value) in fields {
                guard let text = value.stringValue, text.contains("****") else { continue }
                masked += 1
                #expect(read.masked(key)?.masked == text, "\(read.type) \(key)")
                Self.expectRefused(text, type: read.type, key: key)
            }
        }
        #expect(masked == 6)
    }

    /// The same against the sandbox, the independent peer: for every
    /// seeded integration, each value it returned other than as stored was
    /// read as masked and is refused when sent back, and each value it
    /// returned as stored was read as the clear text it is.
    @Test func whatThePeerMaskedIsReadAsMaskedAndRefusedBack() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            var masked = 0
            for seeded in DemoSeed.integrations {
                let type = IntegrationType(rawValue: seeded.type)
                let read = try #require(try await client.integration(type, projectID: seeded.projectID), "\(type)")
                for (key, stored) in seeded.settings {
                    switch read.fields[key] {
                    case .masked(let secret)?:
                        masked += 1
                        #expect(secret.masked != stored, "\(type) \(key) is read as masked but came back in clear")
                        if IntegrationCatalog.entry(for: type).isCreatable {
                            Self.expectRefused(secret.masked, type: type, key: key)
                        }
                    case .text(let text)?:
                        #expect(text == stored, "\(type) \(key) came back changed, yet is read as clear text")
                    case nil:
                        // Never returned (write-only): nothing to send back.
                        #expect(IntegrationCatalog.entry(for: type).field(key)?.readBack == .writeOnly, "\(type) \(key)")
                    case let other?:
                        Issue.record("\(type) \(key) read as \(other)")
                    }
                }
            }
            // Eleven in the demo seed: every secret but the never-returned ones.
            #expect(masked >= 10)
            await client.close()
        }
    }

    @Test func theFieldRefusesTheExactTextAtlasReturned() {
        let url = IntegrationCatalog.webhook.field("url")!
        #expect(url.problem(with: "https://hooks.example.com/****9c2e", current: "https://hooks.example.com/****9c2e") != nil)
        // An odd masked copy that has no usual shape is refused by equality.
        #expect(url.problem(with: "https://h.example.com/x#####", current: "https://h.example.com/x#####") != nil)
        #expect(url.problem(with: "https://hooks.example.com/new", current: "https://hooks.example.com/****9c2e") == nil)
    }

    @Test func maskedSecretIsNotEncodable() {
        let masked: Any = MaskedSecret(masked: "****************************0022")
        #expect(!(masked is any Encodable))
        #expect(!(masked is SecretValue))
    }

    @Test func hiddenValuesCoverEveryFieldAReadHides() throws {
        let settings = try IntegrationSettings(.webhook, [
            "url": .text("https://hooks.example.com/secret-path"), "secret": .secret(SecretValue("s3cr3t")),
            "bodyTemplate": .text("{\"a\":1}"),
        ])
        #expect(Set(settings.hiddenValues.map(\.clearText)) == ["https://hooks.example.com/secret-path", "s3cr3t", "{\"a\":1}"])
        let pagerDuty = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(Self.samples[0])), "region": .text("EU")])
        #expect(pagerDuty.hiddenValues.map(\.clearText) == [Self.samples[0]])
    }

    @Test func secretDescriptionsNeverShowTheValue() throws {
        let secret = SecretValue("0123456789abcdef0123456789abcdef")
        #expect(!"\(secret)".contains("0123"))
        #expect(!String(reflecting: secret).contains("0123"))
        let credentials = AtlasCredentials.apiKey(publicKey: "abcdefgh", privateKey: secret)
        #expect("\(credentials)" == "API key abcdefgh")
        #expect(!String(reflecting: credentials).contains("0123"))
        #expect(!"\(try IntegrationSettings(.datadog, ["apiKey": .secret(secret)]))".contains("0123"))
    }
}
