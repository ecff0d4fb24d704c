/// One sample delivery to the destination an operator typed, built from the
/// type's catalog entry: where it goes, what it carries, how it is signed.
public struct TestDeliveryRequest: Sendable, Hashable {
    public var type: IntegrationType
    public var kind: CatalogEntry.TestDelivery
    /// The destination as typed (never a masked copy: the form refuses those).
    public var url: String
    /// The secret as typed, when the type signs deliveries and one was typed.
    public var secret: String?
    public var projectID: String
    public var projectName: String

    public init(type: IntegrationType, url: String, secret: String?, projectID: String, projectName: String) throws(AtlasError) {
        guard let kind = IntegrationCatalog.entry(for: type).testDelivery else {
            throw .invalidInput(field: nil, message: "\(type.displayName) has no destination to send a test to.")
        }
        let urlField = IntegrationCatalog.entry(for: type).field(kind.urlField)
        guard !url.isEmpty else {
            throw .invalidInput(field: kind.urlField, message: "Type the \(urlField?.label ?? "URL") to send a test to.")
        }
        guard HTTPURLCheck.isValid(url) else {
            throw .invalidInput(field: kind.urlField, message: "Not an http(s) URL: a test needs a URL like https://host/path.")
        }
        self.type = type
        self.kind = kind
        self.url = url
        self.secret = secret.flatMap { $0.isEmpty ? nil : $0 }
        self.projectID = projectID
        self.projectName = projectName
    }

    /// The destination's scheme and host: what a report shows of a URL that
    /// may itself be a credential (a Teams webhook URL grants posting).
    public var destination: String {
        guard case .success(let parts) = HTTPURLCheck.check(url), let scheme = parts.scheme, let host = parts.host else {
            return "the typed URL"
        }
        return "\(scheme)://\(host)\(parts.port.map { ":\($0)" } ?? "")"
    }
}
