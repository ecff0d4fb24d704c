/// Everything the product knows about one integration type: its name, what
/// the API lets this product do with it, and its fields in form order.
public struct CatalogEntry: Sendable, Hashable {
    public var type: IntegrationType
    /// The name operators know the service by.
    public var displayName: String
    /// At most five columns, for the fleet matrix's narrow column headers
    /// ("PgDty", "Ddog").
    public var shortName: String
    /// One line for the menu: what the integration does, in English.
    public var englishSummary: String
    /// One line for the menu: what the integration does.
    public var summary: String { CatalogJapanese.text(type: type.rawValue, "summary") ?? englishSummary }
    public var availability: Availability
    public var fields: [CatalogField]
    /// Keys Atlas returns that the spec does not document and this product
    /// never sends (Datadog's `customEndpoint: null`).
    public var undocumentedKeys: Set<String>
    /// The Terraform provider's name for the type (its `type` value) and the
    /// Kubernetes operator's (the member of `spec` that holds its settings).
    public var otherNames: [OtherTool: String]
    /// Why a tool cannot express the type, for the tools that cannot; an
    /// export lists the type with this reason instead of dropping it.
    public var notExpressible: [OtherTool: String]
    /// The `notifications[].typeName` of alert configurations that notify
    /// through an integration of this type; nil for types that are not an
    /// alert destination (metrics integrations), which no alert uses.
    public var alertNotificationTypeName: String?
    /// Whether Atlas refuses to delete the integration while an alert
    /// configuration still notifies through it (`WEBHOOK_NOTIFICATIONS_PRESENT`),
    /// rather than letting those alerts go quiet.
    public var deleteRefusedWhileNotified: Bool
    /// How a sample delivery can be sent from here to the destination the
    /// operator typed, for the types whose destination is a URL.
    public var testDelivery: TestDelivery?

    /// A sample delivery to the destination typed in the form.
    public enum TestDelivery: Sendable, Hashable {
        /// A sample alert as Atlas POSTs it: the alert resource's JSON, the
        /// `X-MMS-Event` header and, when the secret field holds a value,
        /// `X-MMS-Signature` (base64 HMAC-SHA-1 of the body).
        case signedAlert(urlField: String, secretField: String)
        /// A minimal message card, as a channel's incoming webhook takes one.
        case messageCard(urlField: String)

        /// The field that holds the destination URL.
        public var urlField: String {
            switch self {
            case .signedAlert(let url, _), .messageCard(let url): url
            }
        }

        /// The field whose value signs the delivery, if the type signs.
        public var secretField: String? {
            if case .signedAlert(_, let secret) = self { return secret }
            return nil
        }
    }

    /// Set for a type a monitoring system scrapes (Prometheus): the fields
    /// its scrape configuration is written from. Screens offer the
    /// configuration, and keep the password typed in a session for it,
    /// only where this is set, so a second scraped type is one more entry.
    public var scrapeConfiguration: ScrapeConfiguration?

    /// The fields a scrape configuration is written from. Atlas never
    /// returns the password, so the configuration can hold it only when it
    /// was typed in this session.
    public struct ScrapeConfiguration: Sendable, Hashable {
        /// The basic-auth user name (returned in clear).
        public var usernameField: String
        /// The basic-auth password (write-only).
        public var passwordField: String
        /// How the scraper finds its targets.
        public var discoveryField: String
        /// The discovery field's value meaning a targets file the operator
        /// maintains; any other value means HTTP discovery from Atlas.
        public var fileDiscoveryValue: String

        public init(usernameField: String, passwordField: String, discoveryField: String, fileDiscoveryValue: String) {
            self.usernameField = usernameField
            self.passwordField = passwordField
            self.discoveryField = discoveryField
            self.fileDiscoveryValue = fileDiscoveryValue
        }
    }

    /// What the API lets this product do with integrations of the type.
    public enum Availability: Sendable, Hashable {
        /// Create, edit and delete.
        case creatable
        /// Listed, shown and deleted; never created or changed from here.
        case viewAndDelete(Limitation)
    }

    /// Why a type cannot be created or changed from here, in the words the
    /// menu, the form and the help use.
    /// The texts are kept in English (`english…`, what exports write) and
    /// read in the operator's language.
    public struct Limitation: Sendable, Hashable {
        /// The type's raw name, set when its entry is built (names the
        /// texts in `CatalogJapanese`).
        public var typeName: String = ""
        public var englishWhenMissing: String
        public var englishConfiguredTag: String
        public var englishReason: String
        public var englishWhenConfigured: String

        /// The menu's state text when none is configured.
        public var whenMissing: String { text("whenMissing", englishWhenMissing) }
        /// Added to "configured" in the menu (" (deprecated)").
        public var configuredTag: String { englishConfiguredTag.isEmpty ? "" : text("configuredTag", englishConfiguredTag) }
        /// One sentence: why, and where it can be done instead.
        public var reason: String { text("reason", englishReason) }
        /// A few words for one that is configured (the matrix's detail
        /// line): it is shown like the others, so this says it cannot be
        /// changed from here, short enough to fit beside its value at 80
        /// columns.
        public var whenConfigured: String { text("whenConfigured", englishWhenConfigured) }

        public init(whenMissing: String, configuredTag: String = "", whenConfigured: String, reason: String) {
            self.englishWhenMissing = whenMissing
            self.englishConfiguredTag = configuredTag
            self.englishWhenConfigured = whenConfigured
            self.englishReason = reason
        }

        private func text(_ name: String, _ english: String) -> String {
            CatalogJapanese.text(type: typeName, "limitation.\(name)") ?? english
        }
    }

    public init(
        type: IntegrationType, displayName: String, shortName: String? = nil, summary: String,
        availability: Availability = .creatable, fields: [CatalogField], undocumentedKeys: Set<String> = [],
        otherNames: [OtherTool: String] = [:], notExpressible: [OtherTool: String] = [:],
        alertNotificationTypeName: String? = nil, deleteRefusedWhileNotified: Bool = false,
        testDelivery: TestDelivery? = nil,
        scrapeConfiguration: ScrapeConfiguration? = nil
    ) {
        self.type = type
        self.displayName = displayName
        self.shortName = shortName ?? String(displayName.prefix(5))
        self.englishSummary = summary
        if case .viewAndDelete(var limitation) = availability {
            limitation.typeName = type.rawValue
            self.availability = .viewAndDelete(limitation)
        } else {
            self.availability = availability
        }
        self.fields = fields.map { field in
            var field = field
            field.typeName = type.rawValue
            return field
        }
        self.undocumentedKeys = undocumentedKeys
        self.otherNames = otherNames
        self.notExpressible = notExpressible
        self.alertNotificationTypeName = alertNotificationTypeName
        self.deleteRefusedWhileNotified = deleteRefusedWhileNotified
        self.testDelivery = testDelivery
        self.scrapeConfiguration = scrapeConfiguration
    }

    public var isCreatable: Bool { availability == .creatable }

    /// Why the type cannot be created or changed from here; nil when it can.
    public var limitation: Limitation? {
        if case .viewAndDelete(let limitation) = availability { return limitation }
        return nil
    }

    public func field(_ key: String) -> CatalogField? {
        fields.first { $0.key == key }
    }

    /// The field of this type an Atlas error code concerns, if one does.
    public func field(forErrorCode code: String) -> CatalogField? {
        fields.first { $0.errorCodes.contains(code) }
    }

    /// The fields a read never shows (masked or write-only), which must be
    /// typed again on every edit.
    public var hiddenFields: [CatalogField] { fields.filter(\.readBack.hidesValue) }
}
