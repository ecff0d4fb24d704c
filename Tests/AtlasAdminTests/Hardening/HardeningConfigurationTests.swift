import Foundation
import Testing
@testable import AtlasAdmin
import TestSupport

/// Broken configuration gets one clear line, never a crash.
///
/// Adds to `ConfigurationResolverTests` the cases it does not cover: an
/// empty file, several kinds of broken TOML, a file without read permission,
/// more base URLs that are not http(s), and half a service account pair.
@Suite struct HardeningConfigurationTests {
    static func failure(_ home: TemporaryDirectory, env: [String: String] = [:], profile: String? = nil) -> ConfigurationError? {
        do {
            _ = try ConfigurationResolver(environment: env, homeDirectory: home.path, profileName: profile).resolve()
            return nil
        } catch {
            return error
        }
    }

    /// One line, no control characters, and it names `what`.
    static func expectOneClearLine(_ error: ConfigurationError?, naming what: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error else {
            Issue.record("no error", sourceLocation: sourceLocation)
            return
        }
        let message = error.message
        #expect(!message.isEmpty, sourceLocation: sourceLocation)
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(message.debugDescription)",
                sourceLocation: sourceLocation)
        #expect(message.contains(what), "\(message) does not name \(what)", sourceLocation: sourceLocation)
    }

    @Test func anEmptyFileIsNoCredentialsNotAnError() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig("")
        let resolved = try ConfigurationResolver(environment: [:], homeDirectory: home.path).resolve()
        #expect(resolved.credentials == nil)
        // Asking for a profile in it names the file.
        Self.expectOneClearLine(Self.failure(home, profile: "default"), naming: "config.toml")
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int?
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "unclosed table header", text: "[default\npublic_api_key = \"a\"\n", line: 1),
        Broken(name: "unterminated string", text: "[default]\npublic_api_key = \"abc\nprivate_api_key = \"b\"\n", line: 2),
        Broken(name: "missing value", text: "[default]\npublic_api_key =\n", line: 2),
        Broken(name: "duplicate key", text: "[default]\npublic_api_key = \"a\"\npublic_api_key = \"b\"\n", line: 3),
        Broken(name: "duplicate table", text: "[default]\na = 1\n[default]\nb = 2\n", line: 3),
        Broken(name: "bare word value", text: "[default]\n\n\npublic_api_key = abc\n", line: 4),
        Broken(name: "NUL byte", text: "[default]\npublic_api_key = \"a\u{0}\"\n", line: nil),
        Broken(name: "escape sequence in key", text: "[default]\n\u{1B}[31m = 1\n", line: nil),
        Broken(name: "CRLF and junk", text: "[default]\r\npublic_api_key = \"a\"\r\n}}}\r\n", line: 3),
    ]

    @Test(arguments: broken)
    func brokenTOMLIsOneLineNamingTheFile(broken: Broken) throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig(broken.text)
        let error = Self.failure(home)
        Self.expectOneClearLine(error, naming: file)
        if let line = broken.line {
            Self.expectOneClearLine(error, naming: "line \(line)")
        }
    }

    @Test func aFileWithoutReadPermissionIsReported() throws {
        let home = try TemporaryDirectory()
        let file = try home.writeConfig("[default]\npublic_api_key = \"a\"\nprivate_api_key = \"b\"\n", mode: 0o000)
        if getuid() == 0 {
            // Root reads it anyway; the directory-in-place case stands in
            // for an unreadable file in ConfigurationResolverTests.
            #expect(Self.failure(home) == nil)
            return
        }
        let error = Self.failure(home)
        guard case .unreadableFile(let reported, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(reported == file)
        Self.expectOneClearLine(error, naming: file)
    }

    @Test func anUnknownProfileIsOneLine() throws {
        let home = try TemporaryDirectory()
        try home.writeConfig("[default]\npublic_api_key = \"a\"\nprivate_api_key = \"b\"\n")
        let error = Self.failure(home, profile: "prod\u{1B}[2J")
        Self.expectOneClearLine(error, naming: "default")
        // The escape is shown, not sent to the terminal.
        Self.expectOneClearLine(error, naming: "prod\\u{1B}[2J")
    }

    @Test(arguments: ["javascript:alert(1)", "http://", "https://", "bare", "ftp://cloud.mongodb.com", "file:///etc/passwd",
                      "data:text/html,x", "//cloud.mongodb.com", "http://[::1"])
    func baseURLsThatAreNotHTTPAreRefused(value: String) throws {
        let home = try TemporaryDirectory()
        for variable in ["MONGODB_ATLAS_BASE_URL", "MONGODB_ATLAS_OPS_MANAGER_URL"] {
            let error = Self.failure(home, env: [
                "MONGODB_ATLAS_PUBLIC_API_KEY": "a", "MONGODB_ATLAS_PRIVATE_API_KEY": "b", variable: value,
            ])
            #expect(error == .invalidBaseURL(value: value, source: variable), "\(variable)=\(value) was accepted")
            Self.expectOneClearLine(error, naming: variable)
        }
        try home.writeConfig("[default]\npublic_api_key = \"a\"\nprivate_api_key = \"b\"\nops_manager_url = \"\(value)\"\n")
        Self.expectOneClearLine(Self.failure(home), naming: "ops_manager_url")
    }

    @Test(arguments: [
        ["MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_x"],
        ["MONGODB_ATLAS_CLIENT_SECRET": "s"],
        ["MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh"],
        ["MONGODB_ATLAS_PRIVATE_API_KEY": "p"],
        ["MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_x", "MONGODB_ATLAS_PRIVATE_API_KEY": "p"],
        ["MONGODB_ATLAS_CLIENT_SECRET": "s", "MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh"],
    ])
    func halfAPairInTheEnvironmentNamesBothVariables(env: [String: String]) throws {
        let home = try TemporaryDirectory()
        let error = Self.failure(home, env: env)
        guard case .incompleteCredentials(_, let present, let missing)? = error else {
            Issue.record("accepted \(env.keys.sorted())")
            return
        }
        Self.expectOneClearLine(error, naming: present)
        Self.expectOneClearLine(error, naming: missing)
        // A secret's value never appears in the message.
        #expect(!(error?.message.contains("=p") ?? false) && !(error?.message.contains(" s ") ?? false))
    }

    @Test func bothPairsResolveWithOneWarningLine() throws {
        let home = try TemporaryDirectory()
        let resolved = try ConfigurationResolver(environment: [
            "MONGODB_ATLAS_PUBLIC_API_KEY": "abcdefgh", "MONGODB_ATLAS_PRIVATE_API_KEY": "p",
            "MONGODB_ATLAS_CLIENT_ID": "mdb_sa_id_x", "MONGODB_ATLAS_CLIENT_SECRET": "s",
            "MONGODB_ATLAS_BASE_URL": "https://a.example.com", "MONGODB_ATLAS_OPS_MANAGER_URL": "https://b.example.com",
        ], homeDirectory: home.path).resolve()
        #expect(resolved.credentials != nil)
        #expect(!resolved.warnings.isEmpty)
        #expect(resolved.warnings.allSatisfy { !$0.contains("\n") })
    }
}
