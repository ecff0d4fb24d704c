import Foundation
import Testing
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

    /// What Atlas returns for a masked field decodes as masked, whatever the
    /// value was, so a read can never be taken for something to send.
    @Test func whatAtlasReturnsForAMaskedFieldDecodesAsMasked() {
        for (entry, field) in Self.maskedFields {
            for sample in Self.samples {
                guard let returned = field.readBack.readBack(of: sample) else { continue }
                let read = Integration(raw: ["type": .string(entry.type.rawValue), field.key: .string(returned)])
                #expect(read.masked(field.key)?.masked == returned, "\(entry.type) \(field.key)")
            }
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
