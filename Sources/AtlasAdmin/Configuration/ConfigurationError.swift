/// Why credentials or the base URL could not be worked out. Each message is
/// one line that says what to fix, and never holds a secret.
public enum ConfigurationError: Error, Sendable, Hashable {
    /// `--profile NAME` names a profile the file does not have.
    case unknownProfile(name: String, file: String, available: [String])
    /// `--profile NAME` was given but there is no config file.
    case missingConfigFile(profile: String, file: String)
    /// The file is not valid TOML (or not UTF-8 text).
    case malformedFile(file: String, line: Int?, column: Int?, reason: String)
    /// The file exists but cannot be read.
    case unreadableFile(file: String, reason: String)
    /// One half of a credential pair is set without the other.
    case incompleteCredentials(source: String, present: String, missing: String)
    /// A base URL that is not `http(s)://host…`.
    case invalidBaseURL(value: String, source: String)
    /// A profile's `auth_type` this program cannot use.
    case unsupportedAuthType(authType: String, profile: String)
    /// A profile whose secrets live in the OS keyring (Atlas CLI config version 2).
    case secretsNotInFile(profile: String, authType: String, file: String)

    /// The message, printed on one line to the operator's terminal.
    ///
    /// Profile names, URLs, auth types and parser reasons come from flags,
    /// the environment or the file, so a control or bidi character in them
    /// is shown as a visible `\u{…}` escape rather than acted on by the
    /// terminal (an ESC in a `--profile` value would otherwise be echoed).
    public var message: String {
        var visible = ""
        for scalar in rawMessage.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) {
                visible += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                visible.unicodeScalars.append(scalar)
            }
        }
        return visible
    }

    private var rawMessage: String {
        switch self {
        case .unknownProfile(let name, let file, let available):
            let list = available.isEmpty ? tr("failures.config.noProfiles")
                : tr("failures.config.profiles", available.joined(separator: ", "))
            return tr("failures.config.unknownProfile", name, file, list)
        case .missingConfigFile(let profile, let file):
            return tr("failures.config.missingFile", profile, file)
        case .malformedFile(let file, let line, let column, let reason):
            var place = file
            if let line { place += tr("failures.config.line", String(line)) }
            if let column { place += tr("failures.config.column", String(column)) }
            return "\(place): \(reason)"
        case .unreadableFile(let file, let reason):
            return tr("failures.config.unreadable", file, reason)
        case .incompleteCredentials(let source, let present, let missing):
            return tr("failures.config.incomplete", present, source, missing)
        case .invalidBaseURL(let value, let source):
            return tr("failures.config.invalidBaseURL", value, source)
        case .unsupportedAuthType(let authType, let profile):
            return tr("failures.config.unsupportedAuthType", profile, authType)
        case .secretsNotInFile(let profile, let authType, let file):
            let names = authType == "service_account"
                ? tr("failures.config.serviceAccountVariables") : tr("failures.config.apiKeyVariables")
            return tr("failures.config.secretsNotInFile", profile, file, names)
        }
    }
}

extension ConfigurationError: CustomStringConvertible {
    public var description: String { message }
}
