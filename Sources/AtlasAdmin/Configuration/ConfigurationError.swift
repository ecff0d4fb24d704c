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
            let list = available.isEmpty ? "it has no profiles" : "it has: " + available.joined(separator: ", ")
            return "No profile \"\(name)\" in \(file) (\(list))."
        case .missingConfigFile(let profile, let file):
            return "Profile \"\(profile)\" was asked for, but there is no Atlas CLI config file at \(file)."
        case .malformedFile(let file, let line, let column, let reason):
            var place = file
            if let line { place += " line \(line)" }
            if let column { place += ", column \(column)" }
            return "\(place): \(reason)"
        case .unreadableFile(let file, let reason):
            return "Cannot read \(file): \(reason)."
        case .incompleteCredentials(let source, let present, let missing):
            return "\(present) is set in \(source) but \(missing) is not; set both or neither."
        case .invalidBaseURL(let value, let source):
            return "The base URL \"\(value)\" from \(source) is not an http(s) URL with a host."
        case .unsupportedAuthType(let authType, let profile):
            return "Profile \"\(profile)\" uses auth_type \"\(authType)\", which atlas-integrations does not support; "
                + "use an API key or a service account."
        case .secretsNotInFile(let profile, let authType, let file):
            let names = authType == "service_account"
                ? "MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET"
                : "MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY"
            return "Profile \"\(profile)\" in \(file) keeps its secrets in the system keyring, which "
                + "atlas-integrations does not read; set \(names) instead."
        }
    }
}

extension ConfigurationError: CustomStringConvertible {
    public var description: String { message }
}
