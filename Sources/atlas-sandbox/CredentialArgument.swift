import ArgumentParser
import AtlasSandbox

/// Parses the credential options of `atlas-sandbox`.
enum CredentialArgument {
    /// `PUBLIC:PRIVATE` or `PUBLIC:PRIVATE:read-only`.
    static func apiKey(_ text: String) throws -> SandboxAPIKey {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 2 where !parts[0].isEmpty && !parts[1].isEmpty:
            return SandboxAPIKey(publicKey: parts[0], privateKey: parts[1], readOnly: false)
        case 3 where !parts[0].isEmpty && !parts[1].isEmpty && parts[2] == "read-only":
            return SandboxAPIKey(publicKey: parts[0], privateKey: parts[1], readOnly: true)
        default:
            throw ValidationError("--api-key expects PUBLIC:PRIVATE or PUBLIC:PRIVATE:read-only")
        }
    }

    /// `CLIENT_ID:SECRET` (the secret may itself contain `:`).
    static func serviceAccount(_ text: String) throws -> SandboxServiceAccount {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else {
            throw ValidationError("--service-account expects CLIENT_ID:SECRET")
        }
        return SandboxServiceAccount(clientID: String(text[..<colon]), clientSecret: String(text[text.index(after: colon)...]))
    }
}
