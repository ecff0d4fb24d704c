import AtlasAdmin
import Foundation
import Testing
@testable import AtlasSandbox

/// The product's catalog and the sandbox's schema are written apart on
/// purpose (the sandbox is the peer that catches the client's mistakes);
/// this compares them type by type and field by field, so drift fails the
/// build instead of reaching an operator.
@Suite struct CatalogSandboxCrossCheckTests {
    typealias ProductType = AtlasAdmin.IntegrationType
    typealias PeerType = AtlasSandbox.IntegrationType

    @Test func bothKnowTheSameTypes() {
        #expect(Set(ProductType.known.map(\.rawValue)) == Set(PeerType.allCases.map(\.rawValue)))
    }

    static var pairs: [(CatalogEntry, PeerType)] {
        IntegrationCatalog.entries.compactMap { entry in PeerType(rawValue: entry.type.rawValue).map { (entry, $0) } }
    }

    @Test func sameFieldsForEveryType() {
        for (entry, peer) in Self.pairs {
            let schema = IntegrationSchema.fields(for: peer)
            if schema.isEmpty {
                // The sandbox refuses the type wholesale (HipChat: no schema in the spec).
                #expect(!entry.isCreatable, "\(entry.type) is creatable but the sandbox has no schema for it")
                continue
            }
            let peerKeys = Set(schema.map(\.name)).subtracting(entry.undocumentedKeys)
            #expect(Set(entry.fields.map(\.key)) == peerKeys, "\(entry.type)")
        }
    }

    @Test func sameSecrecyRequirementsEnumsLimitsAndDefaults() {
        var compared = 0
        for (entry, peer) in Self.pairs {
            for peerField in IntegrationSchema.fields(for: peer) {
                guard let field = entry.field(peerField.name) else { continue }
                let place = "\(entry.type).\(field.key)"
                compared += 1
                #expect(Self.readBack(peerField.masking) == field.readBack, "masking of \(place)")
                #expect(peerField.required == field.isRequired, "required of \(place)")
                switch peerField.kind {
                case .boolean:
                    #expect(field.kind == .toggle, "kind of \(place)")
                case .enumeration(let values):
                    #expect(field.options.map(\.value) == values, "enum values of \(place)")
                case .url:
                    #expect(field.kind == .url, "kind of \(place)")
                case .template(let maxBytes):
                    #expect(field.kind == .template && field.atlasLimit == .bytes(maxBytes), "limit of \(place)")
                case .string(let maxLength):
                    #expect([.text, .secret].contains(field.kind), "kind of \(place)")
                    #expect(field.atlasLimit == maxLength.map(FieldLimit.characters), "limit of \(place)")
                case .hexKey32:
                    #expect(field.rules.contains(.hexadecimal(length: 32)), "format of \(place)")
                case .hex40:
                    #expect(field.rules.contains(.hexadecimal(length: 40)), "format of \(place)")
                }
                if let peerDefault = peerField.defaultValue {
                    let text = peerDefault.stringValue ?? peerDefault.boolValue.map { $0 ? "true" : "false" }
                    #expect(field.defaultValue == text, "default of \(place)")
                }
            }
        }
        // Every field of every type the sandbox has a schema for was compared.
        let fields = Self.pairs.filter { !IntegrationSchema.fields(for: $0.1).isEmpty }.map(\.0.fields.count).reduce(0, +)
        #expect(compared == fields)
    }

    static func readBack(_ style: Masking.Style) -> ReadBack {
        switch style {
        case .clear: .clear
        case .tail: .maskedWhole
        case .url: .maskedURL
        case .writeOnly: .writeOnly
        }
    }

    /// Both sides mask a value the same way, and what the sandbox returns
    /// is what the product's one "looks masked" rule recognizes.
    @Test func sameMaskingOfTheSameValues() {
        let samples = ["0123456789abcdef0123456789abcdef", "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b",
                       "https://hooks.example.com/atlas/9c2e", "http://10.0.0.7:8080/alerts?team=db",
                       "https://user:pw@example.com/x/y", "s3cr3t", "秘密のキー-2024"]
        for sample in samples {
            #expect(ReadBack.maskedWhole.readBack(of: sample) == Masking.tail(sample), "\(sample)")
            #expect(ReadBack.maskedURL.readBack(of: sample) == Masking.url(sample), "\(sample)")
            #expect(MaskedShape.matches(Masking.tail(sample)), "\(sample)")
            #expect(MaskedShape.matches(Masking.url(sample)), "\(sample)")
        }
    }
}
