import AtlasAdmin
import Localization

/// One line saying what Atlas holds for an integration: the masked key
/// tail, region and other non-secret values, in the form's field order.
enum IntegrationSummary {
    static func describe(_ integration: Integration, glyphs: Glyphs, labelled: Bool = false) -> String {
        let spec = IntegrationCatalog.entry(for: integration.type)
        var parts: [String] = []
        var switchedOn: [String] = []
        for field in spec.fields where field.summary != .hidden {
            guard let value = integration.fields[field.key] else { continue }
            switch value {
            case .masked(let secret):
                let shown = secret.masked.contains("://") ? secret.masked : secret.short
                let masked = Sanitizer.sanitize(shown, maxCharacters: 80)
                parts.append(labelled ? "\(inline(field.label)) \(masked)" : masked)
            case .text(let text) where !text.isEmpty:
                if case .choice = field.kind {
                    parts.append(Sanitizer.sanitize(text, maxCharacters: 40))
                } else {
                    parts.append("\(inline(field.label)) \(Sanitizer.sanitize(text, maxCharacters: 80))")
                }
            case .bool(let on):
                if case .onOff(let onWord, let offWord) = field.summary {
                    parts.append(on ? onWord : offWord)
                } else if on {
                    switchedOn.append(inline(field.label))
                }
            default:
                continue
            }
        }
        if !switchedOn.isEmpty { parts.append("+ " + switchedOn.joined(separator: tr("common.list.separator"))) }
        return parts.joined(separator: " \(glyphs.separator) ")
    }

    /// A field's label inside a line of text: lowercase in English
    /// ("region US"); other languages have no case to lower, and lowering
    /// would spoil the Latin words they keep ("API キー").
    static func inline(_ label: String) -> String {
        Wording.language == .english ? label.lowercased() : label
    }
}
