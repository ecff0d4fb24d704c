import Foundation

/// Works out credentials, base URL, organization and project the way the
/// Atlas CLI does, from an environment and a home directory (no global state,
/// so tests pass their own).
///
/// The first source that has credentials wins:
/// 1. the profile named with `--profile`, from the Atlas CLI `config.toml`
///    (its own base URL, org and project; environment ids fill only gaps);
/// 2. the environment: `MONGODB_ATLAS_CLIENT_ID`/`_CLIENT_SECRET` or
///    `MONGODB_ATLAS_PUBLIC_API_KEY`/`_PRIVATE_API_KEY`, with
///    `MONGODB_ATLAS_OPS_MANAGER_URL` or `MONGODB_ATLAS_BASE_URL`,
///    `MONGODB_ATLAS_ORG_ID`, `MONGODB_ATLAS_PROJECT_ID`;
/// 3. the `default` profile of `config.toml`, where those environment
///    variables override the file's base URL and ids, as in the Atlas CLI.
///
/// On top of whichever source won, the command line has the last word:
/// `--base-url` replaces the base URL (checked and normalised like any
/// other, with the same plain-http warning) and `--project` the project
/// (a 24-hex id, like any other).
///
/// The file is `$XDG_CONFIG_HOME/atlascli/config.toml`, else
/// `$HOME/.config/atlascli/config.toml` (on macOS also
/// `$HOME/Library/Application Support/atlascli/config.toml`), with `HOME`
/// from `environment` (see `UserDirectories`). It is only read when
/// needed, so a broken file does not matter while the environment has
/// credentials.
public struct ConfigurationResolver: Sendable {
    public var environment: [String: String]
    public var homeDirectory: String
    /// From `--profile`; `nil` when none was given.
    public var profileName: String?
    /// From `--base-url`; `nil` when none was given.
    public var baseURLOption: String?
    /// From `--project`; `nil` when none was given.
    public var projectOption: String?

    /// - Parameter homeDirectory: `nil` for `$HOME` from `environment`
    ///   (the passwd home only when `HOME` is unset).
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil,
        profileName: String? = nil,
        baseURLOption: String? = nil,
        projectOption: String? = nil
    ) {
        self.environment = environment
        self.homeDirectory = homeDirectory ?? UserDirectories(environment: environment).home
        self.profileName = profileName
        self.baseURLOption = baseURLOption
        self.projectOption = projectOption
    }

    /// Where `config.toml` may be, most specific first.
    public var configFileCandidates: [String] {
        var paths: [String] = []
        if let xdg = env("XDG_CONFIG_HOME"), xdg.hasPrefix("/") {
            paths.append(xdg + "/atlascli/config.toml")
        }
        paths.append(homeDirectory + "/.config/atlascli/config.toml")
        return paths + Platform.atlasCLIConfigFallbacks(home: homeDirectory)
    }

    /// The config file in use: the first candidate that exists, else the first.
    public var configFilePath: String {
        configFileCandidates.first { FileManager.default.fileExists(atPath: $0) } ?? configFileCandidates[0]
    }

    public func resolve() throws(ConfigurationError) -> ResolvedConfiguration {
        var resolved = try resolveSources()
        if let option = baseURLOption.flatMap(nonEmpty) {
            resolved.baseURL = try Self.baseURL(option, source: "--base-url")
        }
        if let option = projectOption.flatMap(nonEmpty) {
            resolved.projectID = checkedID(option, "--project", &resolved.warnings) ?? resolved.projectID
        }
        return finish(resolved)
    }

    /// The first source with credentials, before the command line's options.
    private func resolveSources() throws(ConfigurationError) -> ResolvedConfiguration {
        if let name = profileName.flatMap({ $0.isEmpty ? nil : $0 }) {
            return try resolveExplicitProfile(name)
        }
        var warnings: [String] = []
        // Said to the operator in their language; the log's source stays English.
        let environmentSource = tr("failures.source.environment")
        let fromEnvironment = try credentialPair(
            source: environmentSource,
            clientID: (env("MONGODB_ATLAS_CLIENT_ID"), "MONGODB_ATLAS_CLIENT_ID"),
            clientSecret: (env("MONGODB_ATLAS_CLIENT_SECRET"), "MONGODB_ATLAS_CLIENT_SECRET"),
            publicKey: (env("MONGODB_ATLAS_PUBLIC_API_KEY"), "MONGODB_ATLAS_PUBLIC_API_KEY"),
            privateKey: (env("MONGODB_ATLAS_PRIVATE_API_KEY"), "MONGODB_ATLAS_PRIVATE_API_KEY"),
            warnings: &warnings)
        if let credentials = fromEnvironment {
            let overridden = try environmentBaseURL()
            let baseURL = overridden ?? serviceBaseURL(env("MONGODB_ATLAS_SERVICE"))
            return ResolvedConfiguration(
                baseURL: baseURL, credentials: credentials,
                orgID: checkedID(env("MONGODB_ATLAS_ORG_ID"), "MONGODB_ATLAS_ORG_ID", &warnings),
                projectID: checkedID(env("MONGODB_ATLAS_PROJECT_ID"), "MONGODB_ATLAS_PROJECT_ID", &warnings),
                sourceDescription: "the environment", warnings: warnings)
        }

        let path = configFilePath
        if let file = try AtlasCLIConfigFile.load(path: path), let profile = file.profile(named: "default") {
            if let warning = file.permissionWarning { warnings.append(warning) }
            let source = tr("failures.source.profile", "default", path)
            let logSource = "profile \"default\" in \(path)"
            let credentials = try profileCredentials(profile, name: "default", file: path, warnings: &warnings)
            let overridden = try environmentBaseURL()
            let fromProfile = try profileBaseURL(profile, source: source)
            let baseURL = overridden ?? fromProfile
                ?? serviceBaseURL(env("MONGODB_ATLAS_SERVICE") ?? profile["service"])
            let orgID = env("MONGODB_ATLAS_ORG_ID").map { ($0, "MONGODB_ATLAS_ORG_ID") }
                ?? profile["org_id"].map { ($0, tr("failures.source.key", "org_id", source)) }
            let projectID = env("MONGODB_ATLAS_PROJECT_ID").map { ($0, "MONGODB_ATLAS_PROJECT_ID") }
                ?? profile["project_id"].map { ($0, tr("failures.source.key", "project_id", source)) }
            return ResolvedConfiguration(
                baseURL: baseURL, credentials: credentials,
                orgID: checkedID(orgID?.0, orgID?.1 ?? "", &warnings),
                projectID: checkedID(projectID?.0, projectID?.1 ?? "", &warnings),
                profileName: "default",
                sourceDescription: credentials == nil ? "\(logSource) (no credentials)" : logSource,
                warnings: warnings)
        }

        let overridden = try environmentBaseURL()
        return ResolvedConfiguration(
            baseURL: overridden ?? serviceBaseURL(env("MONGODB_ATLAS_SERVICE")),
            credentials: nil,
            orgID: checkedID(env("MONGODB_ATLAS_ORG_ID"), "MONGODB_ATLAS_ORG_ID", &warnings),
            projectID: checkedID(env("MONGODB_ATLAS_PROJECT_ID"), "MONGODB_ATLAS_PROJECT_ID", &warnings),
            sourceDescription: "no credentials found", warnings: warnings)
    }

    // MARK: - Sources

    private func resolveExplicitProfile(_ name: String) throws(ConfigurationError) -> ResolvedConfiguration {
        let path = configFilePath
        guard let file = try AtlasCLIConfigFile.load(path: path) else {
            throw .missingConfigFile(profile: name, file: path)
        }
        guard let profile = file.profile(named: name) else {
            throw .unknownProfile(name: name, file: path, available: file.profiles.keys.sorted())
        }
        var warnings: [String] = []
        if let warning = file.permissionWarning { warnings.append(warning) }
        let source = tr("failures.source.profile", name, path)
        let credentials = try profileCredentials(profile, name: name, file: path, warnings: &warnings)
        let fromProfile = try profileBaseURL(profile, source: source)
        let baseURL = fromProfile ?? serviceBaseURL(profile["service"])
        for variable in ["MONGODB_ATLAS_OPS_MANAGER_URL", "MONGODB_ATLAS_BASE_URL"] where env(variable) != nil && !hasBaseURLOption {
            warnings.append(tr("failures.warning.ignoredVariable", variable, name))
        }
        let orgID = profile["org_id"].map { ($0, tr("failures.source.key", "org_id", source)) }
            ?? env("MONGODB_ATLAS_ORG_ID").map { ($0, "MONGODB_ATLAS_ORG_ID") }
        let projectID = profile["project_id"].map { ($0, tr("failures.source.key", "project_id", source)) }
            ?? env("MONGODB_ATLAS_PROJECT_ID").map { ($0, "MONGODB_ATLAS_PROJECT_ID") }
        return ResolvedConfiguration(
            baseURL: baseURL, credentials: credentials,
            orgID: checkedID(orgID?.0, orgID?.1 ?? "", &warnings),
            projectID: checkedID(projectID?.0, projectID?.1 ?? "", &warnings),
            profileName: name, sourceDescription: "profile \"\(name)\" in \(path)", warnings: warnings)
    }

    /// Credentials of a profile, guided by its `auth_type` when it has one.
    private func profileCredentials(
        _ profile: [String: String], name: String, file: String, warnings: inout [String]
    ) throws(ConfigurationError) -> AtlasCredentials? {
        let source = tr("config.profileName", name)
        let clientID = (profile["client_id"].flatMap(nonEmpty), "client_id")
        let clientSecret = (profile["client_secret"].flatMap(nonEmpty), "client_secret")
        let publicKey = (profile["public_api_key"].flatMap(nonEmpty), "public_api_key")
        let privateKey = (profile["private_api_key"].flatMap(nonEmpty), "private_api_key")
        let authType = profile["auth_type"].flatMap(nonEmpty)
        switch authType {
        case nil:
            return try credentialPair(
                source: source, clientID: clientID, clientSecret: clientSecret,
                publicKey: publicKey, privateKey: privateKey, warnings: &warnings)
        case "service_account"?:
            if clientID.0 == nil, clientSecret.0 == nil {
                throw .secretsNotInFile(profile: name, authType: "service_account", file: file)
            }
            return try credentialPair(
                source: source, clientID: clientID, clientSecret: clientSecret,
                publicKey: (nil, ""), privateKey: (nil, ""), warnings: &warnings)
        case "api_keys"?:
            if publicKey.0 == nil, privateKey.0 == nil {
                throw .secretsNotInFile(profile: name, authType: "api_keys", file: file)
            }
            return try credentialPair(
                source: source, clientID: (nil, ""), clientSecret: (nil, ""),
                publicKey: publicKey, privateKey: privateKey, warnings: &warnings)
        case "no_auth"?:
            return nil
        case let other?:
            throw .unsupportedAuthType(authType: other, profile: name)
        }
    }

    /// One credential from two optional pairs; a half pair is an error, and
    /// a service account wins over an API key (Atlas recommends it).
    private func credentialPair(
        source: String,
        clientID: (String?, String), clientSecret: (String?, String),
        publicKey: (String?, String), privateKey: (String?, String),
        warnings: inout [String]
    ) throws(ConfigurationError) -> AtlasCredentials? {
        let serviceAccount = try pair(clientID, clientSecret, source: source).map {
            AtlasCredentials.serviceAccount(clientID: $0, clientSecret: SecretValue($1))
        }
        let apiKey = try pair(publicKey, privateKey, source: source).map {
            AtlasCredentials.apiKey(publicKey: $0, privateKey: SecretValue($1))
        }
        if serviceAccount != nil, apiKey != nil {
            warnings.append(
                tr("failures.warning.both", clientID.1, publicKey.1, source))
        }
        return serviceAccount ?? apiKey
    }

    private func pair(
        _ first: (String?, String), _ second: (String?, String), source: String
    ) throws(ConfigurationError) -> (String, String)? {
        switch (first.0, second.0) {
        case let (a?, b?): return (a, b)
        case (nil, nil): return nil
        case (_?, nil): throw .incompleteCredentials(source: source, present: first.1, missing: second.1)
        case (nil, _?): throw .incompleteCredentials(source: source, present: second.1, missing: first.1)
        }
    }

    // MARK: - Values

    /// `--base-url` replaces every other base URL, so those are then not
    /// even parsed: a stale variable or file entry cannot stop the start.
    private var hasBaseURLOption: Bool { baseURLOption.flatMap(nonEmpty) != nil }

    private func environmentBaseURL() throws(ConfigurationError) -> URL? {
        guard !hasBaseURLOption else { return nil }
        for variable in ["MONGODB_ATLAS_OPS_MANAGER_URL", "MONGODB_ATLAS_BASE_URL"] {
            if let value = env(variable) { return try Self.baseURL(value, source: variable) }
        }
        return nil
    }

    private func profileBaseURL(_ profile: [String: String], source: String) throws(ConfigurationError) -> URL? {
        guard !hasBaseURLOption else { return nil }
        for key in ["ops_manager_url", "base_url"] {
            if let value = profile[key].flatMap(nonEmpty) { return try Self.baseURL(value, source: tr("failures.source.key", key, source)) }
        }
        return nil
    }

    private func serviceBaseURL(_ service: String?) -> URL {
        service?.lowercased() == "cloudgov" ? ResolvedConfiguration.governmentBaseURL : ResolvedConfiguration.defaultBaseURL
    }

    /// `value` as a base URL: an http(s) URL with a host (`HTTPURLCheck`),
    /// without a query or fragment, no trailing `/`.
    public static func baseURL(_ value: String, source: String) throws(ConfigurationError) -> URL {
        let shown = MessageSanitizer.oneLine(String(value.prefix(200)))
        guard case .success(var components) = HTTPURLCheck.check(value.trimmingCharacters(in: .whitespaces)),
              components.query == nil, components.fragment == nil
        else {
            throw .invalidBaseURL(value: shown, source: source)
        }
        while components.path.hasSuffix("/") { components.path.removeLast() }
        guard let url = components.url else { throw .invalidBaseURL(value: shown, source: source) }
        return url
    }

    /// An id kept only when it is 24 lower-case hex digits; otherwise dropped
    /// with a warning (the program can still pick one).
    private func checkedID(_ value: String?, _ source: String, _ warnings: inout [String]) -> String? {
        guard let value = value.flatMap(nonEmpty) else { return nil }
        if AtlasID.isValid(value) { return value }
        warnings.append(tr("failures.warning.badID", source))
        return nil
    }

    /// Adds a warning when credentials would cross the network unencrypted.
    private func finish(_ resolved: ResolvedConfiguration) -> ResolvedConfiguration {
        var resolved = resolved
        let host = resolved.baseURL.host ?? ""
        let isLoopback = host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
        if resolved.baseURL.scheme?.lowercased() == "http", !isLoopback, resolved.credentials != nil {
            resolved.warnings.append(
                tr("failures.warning.plainHTTP", resolved.baseURL.absoluteString))
        }
        return resolved
    }

    private func env(_ name: String) -> String? {
        environment[name].flatMap(nonEmpty)
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
