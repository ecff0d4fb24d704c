/// The version of atlas-integrations' service layer, sent in `User-Agent`.
public enum AtlasAdminVersion {
    public static let current = "0.1.0"
}
