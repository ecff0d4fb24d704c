import ArgumentParser
import AtlasSandbox
import Foundation

/// The `--credentials-file` of `atlas-sandbox`: accepted credentials kept
/// off the command line, where `ps` and `/proc/*/cmdline` would show them.
///
/// One credential a line, in the same words as the options:
/// `api-key PUBLIC:PRIVATE[:read-only]` or `service-account CLIENT_ID:SECRET`.
/// Blank lines and lines starting with `#` are skipped.
struct CredentialsFile {
    var apiKeys: [SandboxAPIKey] = []
    var serviceAccounts: [SandboxServiceAccount] = []

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("--credentials-file: cannot read \(path)")
        }
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            do {
                switch (parts.first, parts.count) {
                case ("api-key", 2): apiKeys.append(try CredentialArgument.apiKey(parts[1]))
                case ("service-account", 2): serviceAccounts.append(try CredentialArgument.serviceAccount(parts[1]))
                default: throw ValidationError("expected `api-key PUBLIC:PRIVATE[:read-only]` or `service-account CLIENT_ID:SECRET`")
                }
            } catch {
                // The line itself holds a secret: only its number is reported.
                throw ValidationError("--credentials-file \(path), line \(number + 1): \(error)")
            }
        }
    }
}
