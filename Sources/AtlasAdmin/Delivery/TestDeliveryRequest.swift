/// One sample delivery to the destination an operator typed, built from the
/// type's catalog entry: where it goes, what it carries, how it is signed.
public struct TestDeliveryRequest: Sendable, Hashable {
    public var type: IntegrationType
    public var kind: CatalogEntry.TestDelivery
    /// The destination as typed (never a masked copy: the form refuses those).
    public var url: String
    /// The secret as typed, when the type signs deliveries and one was typed
    /// (kept as a `SecretValue`, so no description of a request shows it).
    public var secret: SecretValue?
    /// Whether templates were typed that this sample does not apply: it
    /// carries Atlas's default body and headers.
    public var templatesNotApplied: Bool
    public var projectID: String
    public var projectName: String

    public init(
        type: IntegrationType, url: String, secret: String?, projectID: String, projectName: String,
        templatesNotApplied: Bool = false
    ) throws(AtlasError) {
        guard let kind = IntegrationCatalog.entry(for: type).testDelivery else {
            throw .invalidInput(field: nil, message: tr("delivery.nodestination", type.displayName))
        }
        let urlField = IntegrationCatalog.entry(for: type).field(kind.urlField)
        guard !url.isEmpty else {
            throw .invalidInput(field: kind.urlField, message: tr("delivery.nourl", urlField?.label ?? "URL"))
        }
        guard HTTPURLCheck.isValid(url) else {
            throw .invalidInput(field: kind.urlField, message: tr("delivery.nothttp"))
        }
        self.type = type
        self.kind = kind
        self.url = url
        self.secret = secret.flatMap { $0.isEmpty ? nil : SecretValue($0) }
        self.templatesNotApplied = templatesNotApplied
        self.projectID = projectID
        self.projectName = projectName
    }

    /// The destination's scheme and host: what a report shows of a URL that
    /// may itself be a credential (a Teams webhook URL grants posting).
    public var destination: String {
        guard case .success(let parts) = HTTPURLCheck.check(url), let scheme = parts.scheme, let host = parts.host else {
            return tr("delivery.typedurl")
        }
        return "\(scheme)://\(host)\(parts.port.map { ":\($0)" } ?? "")"
    }
}
