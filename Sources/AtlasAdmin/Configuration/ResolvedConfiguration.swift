import Foundation

/// Where to connect and as whom, as `ConfigurationResolver` worked it out.
public struct ResolvedConfiguration: Sendable, Hashable {
    /// `https://cloud.mongodb.com` unless configured otherwise.
    public var baseURL: URL
    /// `nil` when no source supplied credentials.
    public var credentials: AtlasCredentials?
    public var orgID: String?
    public var projectID: String?
    /// The Atlas CLI profile used, if any.
    public var profileName: String?
    /// Where the credentials came from, for the status line and `--help`
    /// (`environment`, `profile "default" in ~/.config/atlascli/config.toml`).
    public var sourceDescription: String
    /// Things the operator should know but that do not stop the program.
    public var warnings: [String]

    public init(
        baseURL: URL, credentials: AtlasCredentials?, orgID: String? = nil, projectID: String? = nil,
        profileName: String? = nil, sourceDescription: String, warnings: [String] = []
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.orgID = orgID
        self.projectID = projectID
        self.profileName = profileName
        self.sourceDescription = sourceDescription
        self.warnings = warnings
    }

    /// The commercial Atlas host.
    public static let defaultBaseURL = URL(string: "https://cloud.mongodb.com")!
    /// The Atlas for Government host (`service = "cloudgov"`).
    public static let governmentBaseURL = URL(string: "https://cloud.mongodbgov.com")!
}
