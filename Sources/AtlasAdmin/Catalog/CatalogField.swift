import Localization

/// Everything the product knows about one field of an integration type:
/// what Atlas calls it, what it takes, how a read returns it and how the
/// operator is told about it. Forms, request encoding, the masked-value
/// guard, error redaction and decoding all read this, never restate it.
public struct CatalogField: Sendable, Hashable {
    /// The JSON key in request and response bodies.
    public var key: String
    /// The type's raw name (`PAGER_DUTY`), set when its catalog entry is
    /// built: with `key` it names the field's texts in `CatalogJapanese`.
    public var typeName: String = ""
    /// The label in English, as the catalog writes it.
    public var englishLabel: String
    /// The label in the operator's language.
    public var label: String { CatalogJapanese.text(self, "label") ?? englishLabel }
    public var kind: FieldKind
    /// Whether the spec's schema requires it in every request body.
    public var isRequired: Bool
    /// Whether Atlas needs it to create the integration (Prometheus's
    /// password: not in the schema's list, but refused without it).
    public var isRequiredToCreate: Bool
    /// For a new integration: the choice value, or "true"/"false" for a toggle.
    public var defaultValue: String?
    /// The limit Atlas documents, if any.
    public var atlasLimit: FieldLimit?
    /// Checks of the value's format before sending, beyond `atlasLimit` and
    /// the URL check a `.url` field always has.
    public var rules: [Validator]
    /// How many characters the input takes: the rest of a longer paste is
    /// cut and the field says how much was dropped. It is set above what
    /// Atlas takes (8,192 characters for a secret, beyond any key Atlas
    /// accepts), so a key a little too long still arrives whole and the
    /// checks say what Atlas would refuse.
    public var inputLimit: Int
    /// One line shown while the field has focus, in English.
    public var englishHelp: String
    /// The placeholder in English ("" for none).
    public var englishPlaceholder: String
    /// One line shown while the field has focus.
    public var help: String { CatalogJapanese.text(self, "help") ?? englishHelp }
    public var placeholder: String {
        englishPlaceholder.isEmpty ? "" : CatalogJapanese.text(self, "placeholder") ?? englishPlaceholder
    }
    /// How Atlas returns the field on a read.
    public var readBack: ReadBack
    /// Masked as typed in the UI even when not a `.secret` kind (the Teams
    /// webhook URL grants posting to the channel).
    public var isConcealed: Bool
    /// False: the API does not let this product set it; shown, never sent.
    public var isWritable: Bool
    /// Atlas error codes that always concern this field.
    public var errorCodes: [String]
    /// How the menu's one-line summary shows the value, with English words.
    public var englishSummary: SummaryStyle
    /// How the menu's one-line summary shows the value, in the operator's language.
    public var summary: SummaryStyle {
        guard case .onOff(let on, let off) = englishSummary else { return englishSummary }
        return .onOff(on: CatalogJapanese.text(self, "on") ?? on, off: CatalogJapanese.text(self, "off") ?? off)
    }
    /// The same field's name in other tools, for export.
    public var otherNames: [OtherTool: String]

    /// How a value appears in the menu's summary line.
    public enum SummaryStyle: Sendable, Hashable {
        /// Masked values as their tail, choices bare, text as "label value",
        /// toggles named when on.
        case standard
        /// A toggle shown as one of two words either way.
        case onOff(on: String, off: String)
        /// Left out.
        case hidden
    }

    public init(
        _ key: String, _ label: String, _ kind: FieldKind, required: Bool = false, requiredToCreate: Bool? = nil,
        default defaultValue: String? = nil,
        atlasLimit: FieldLimit? = nil, rules: [Validator] = [], inputLimit: Int? = nil, help: String,
        placeholder: String = "", readBack: ReadBack = .clear, concealed: Bool? = nil, writable: Bool = true,
        errorCodes: [String] = [], summary: SummaryStyle = .standard, otherNames: [OtherTool: String] = [:]
    ) {
        self.key = key
        self.englishLabel = label
        self.kind = kind
        self.isRequired = required
        self.isRequiredToCreate = requiredToCreate ?? required
        self.defaultValue = defaultValue
        self.atlasLimit = atlasLimit
        self.rules = rules
        self.inputLimit = inputLimit ?? Self.defaultInputLimit(kind)
        self.englishHelp = help
        self.englishPlaceholder = placeholder
        self.readBack = readBack
        self.isConcealed = concealed ?? (kind == .secret)
        self.isWritable = writable
        self.errorCodes = errorCodes
        self.englishSummary = summary
        self.otherNames = otherNames
    }

    static func defaultInputLimit(_ kind: FieldKind) -> Int {
        switch kind {
        case .secret: 8_192
        case .url: 2_048
        case .template: 65_536
        case .text, .choice, .toggle: 4_096
        }
    }

    /// Every check of the value before it is sent, in order.
    public var validators: [Validator] {
        (kind == .url ? [.httpURL] : []) + rules + (atlasLimit.map { [$0.validator] } ?? [])
    }

    /// The label inside a sentence: "service key", "API key", "webhook URL"
    /// (in Japanese, the label itself).
    public var noun: String {
        if Wording.language != .english { return label }
        let label = englishLabel
        guard let first = label.first, label.dropFirst().first?.isLowercase ?? true else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// The enumerated values, for a choice.
    public var options: [ChoiceOption] {
        if case .choice(let options) = kind { return options }
        return []
    }

    /// What is wrong with `value` as this field's value, ignoring `required`
    /// (that waits for submit): a masked copy, then the format checks.
    /// `current` is what Atlas returned for the field, if anything.
    public func problem(with value: String, current: String? = nil) -> String? {
        guard !value.isEmpty else { return nil }
        if readBack.isMasked, MaskedShape.matches(value) || value == current {
            return MaskedShape.refusal(of: noun)
        }
        for validator in validators {
            if let message = validator.message(for: value) { return message }
        }
        return nil
    }
}
