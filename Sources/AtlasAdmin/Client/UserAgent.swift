/// The `User-Agent` the client sends, so Atlas operators can tell its
/// traffic apart: `atlas-integrations/0.1.0 (linux; x86_64)`.
public enum UserAgent {
    public static let product = "atlas-integrations"

    public static var `default`: String {
        "\(product)/\(AtlasAdminVersion.current) (\(Platform.operatingSystem); \(Platform.architecture))"
    }
}
