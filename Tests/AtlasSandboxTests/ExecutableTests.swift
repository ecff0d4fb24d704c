@testable import AtlasSandbox
import Foundation
import Testing
import TestSupport

/// The `atlas-sandbox` binary itself (build it first: `swift build`).
@Suite(.enabled(if: BuiltProducts.isBuilt("atlas-sandbox"), "atlas-sandbox is not built; run swift build first"))
struct ExecutableTests {
    @Test func printsItsURLAndCredentialsAndStopsCleanlyOnSIGTERM() async throws {
        let sandbox = try await SandboxProcess.started(arguments: ["--port", "0", "--seed", "empty"])
        let url = sandbox.baseURL
        let firstLine = String(sandbox.printed.split(separator: "\n").first ?? "")
        #expect(firstLine.range(of: #"^listening on http://127\.0\.0\.1:\d+$"#, options: .regularExpression) != nil)
        #expect(sandbox.printed.contains("api key sandboxk:\(SandboxAPIKey.demo.privateKey)"))
        #expect(sandbox.printed.contains("api key sandboxr:\(SandboxAPIKey.demoReadOnly.privateKey) (read-only)"))
        #expect(sandbox.printed.contains("service account \(SandboxServiceAccount.demo.clientID)"))
        let client = TestClient(baseURL: url)
        #expect(try await client.send("GET", "/api/atlas/v2/orgs").json["totalCount"]?.intValue == 1)
        sandbox.signal(SIGTERM)
        #expect(await sandbox.waitForExit() == 0)
        #expect(sandbox.process.terminationReason == .exit)
    }

    @Test func stopsCleanlyOnSIGINT() async throws {
        let sandbox = try await SandboxProcess.started(arguments: [])
        sandbox.signal(SIGINT)
        #expect(await sandbox.waitForExit() == 0)
    }

    @Test func acceptsTheGivenCredentialsOnly() async throws {
        let sandbox = try await SandboxProcess.started(arguments: [
            "--api-key", "pubkey01:priv-1", "--api-key", "pubkey02:priv-2:read-only",
            "--service-account", "mdb_sa_id_000000000000000000000001:s3cret:with:colons", "--rate-limit", "50",
        ])
        let client = TestClient(baseURL: sandbox.baseURL)
        let owner = SandboxAPIKey(publicKey: "pubkey01", privateKey: "priv-1")
        let reader = SandboxAPIKey(publicKey: "pubkey02", privateKey: "priv-2")
        let groups = try await client.send("GET", "/api/atlas/v2/groups", as: .digest(owner))
        #expect(groups.status == 200)
        #expect(groups.header("RateLimit-Limit") == "50")
        #expect(try await client.send("DELETE", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY"), as: .digest(reader))
            .errorCode == "USER_UNAUTHORIZED")
        #expect(try await client.send("GET", "/api/atlas/v2/groups", as: .digest(.demo)).status == 401)
        let account = SandboxServiceAccount(clientID: "mdb_sa_id_000000000000000000000001", clientSecret: "s3cret:with:colons")
        #expect(!(try await client.token(for: account)).isEmpty)
        sandbox.signal(SIGTERM)
        _ = await sandbox.waitForExit()
    }

    /// Credentials in a file never appear in the process's arguments nor in
    /// what it prints, and are the ones accepted.
    @Test func acceptsCredentialsFromAFileKeptOffTheCommandLine() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("credentials")
        let privateKey = "fileprivate-7c1e0b9a"
        let secret = "mdb_sa_sk_file-secret-3f9d"
        let account = SandboxServiceAccount(clientID: "mdb_sa_id_000000000000000000000002", clientSecret: secret)
        try Data("""
            # accepted by the sandbox
            api-key filekey1:\(privateKey)

            service-account \(account.clientID):\(secret)
            """.utf8).write(to: URL(fileURLWithPath: file))
        let sandbox = try await SandboxProcess.started(arguments: ["--port", "0", "--seed", "empty", "--credentials-file", file])
        let client = TestClient(baseURL: sandbox.baseURL)
        let key = SandboxAPIKey(publicKey: "filekey1", privateKey: privateKey)
        #expect(try await client.send("GET", "/api/atlas/v2/groups", as: .digest(key)).status == 200)
        #expect(try await client.send("GET", "/api/atlas/v2/groups", as: .digest(.demo)).status == 401)
        #expect(!(try await client.token(for: account)).isEmpty)
        #expect(sandbox.printed.contains("api key filekey1 (secret in \(file))"))
        #expect(!sandbox.printed.contains(privateKey) && !sandbox.printed.contains(secret), "\(sandbox.printed)")
        let arguments = try String(decoding: Data(contentsOf: URL(fileURLWithPath: "/proc/\(sandbox.process.processIdentifier)/cmdline")),
                                   as: UTF8.self)
        #expect(arguments.contains(file) && !arguments.contains(privateKey))
        sandbox.signal(SIGTERM)
        _ = await sandbox.waitForExit()
    }

    @Test func malformedCredentialsFileNamesTheLineButNotItsSecret() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("credentials")
        try Data("api-key filekey1:ok\napi-key only-a-s3cret-token\n".utf8).write(to: URL(fileURLWithPath: file))
        let failure = try await #require(throws: SandboxProcess.StartFailure.self) {
            try await SandboxProcess.started(arguments: ["--credentials-file", file])
        }
        #expect(failure.status != 0)
        let message = failure.standardError
        #expect(message.contains("line 2"), "\(message)")
        #expect(!message.contains("s3cret"), "\(message)")
    }

    @Test func corruptStateFileStopsStartUpWithAClearMessage() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("state.json")
        try Data("{\"format\":1,\"organ".utf8).write(to: URL(fileURLWithPath: file))
        let failure = try await #require(throws: SandboxProcess.StartFailure.self) {
            try await SandboxProcess.started(arguments: ["--state", file])
        }
        #expect(failure.status != 0)
        let message = failure.standardError
        #expect(message.contains(file), "\(message)")
        #expect(message.contains("corrupt"))
    }

    /// `kill -9` while writes are in flight, three times over: the file must
    /// always load, and every write that was answered 200 must be in it.
    @Test func killDashNineDuringWritesLeavesALoadableFile() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("state.json")
        var acknowledged: [(project: String, key: String)] = []
        for round in 0..<3 {
            let sandbox = try await SandboxProcess.started(arguments: ["--state", file, "--seed", "large:3000"])
            let client = TestClient(baseURL: sandbox.baseURL)
            let projects = try await client.send("GET", "/api/atlas/v2/groups?itemsPerPage=60&pageNum=\(round + 1)")
            let ids = projects.json["results"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            #expect(ids.count == 60)
            let done = try await withThrowingTaskGroup(of: (String, String)?.self) { group in
                for (index, id) in ids.enumerated() {
                    group.addTask {
                        let key = "key-\(round)-\(index)"
                        let body = #"{"type":"OPS_GENIE","apiKey":"\#(key)","region":"US"}"#
                        let response = try? await client.send("POST", Paths.integration(id, "OPS_GENIE"), body: body)
                        return response?.status == 200 ? (id, key) : nil
                    }
                }
                var finished: [(String, String)] = []
                var answered = 0
                for try await result in group {
                    answered += 1
                    if let result { finished.append(result) }
                    if answered == 15 { sandbox.signal(SIGKILL) }
                }
                return finished
            }
            _ = await sandbox.waitForExit()
            #expect(sandbox.process.terminationReason == .uncaughtSignal)
            acknowledged += done.map { (project: $0.0, key: $0.1) }

            // The file loads (no torn write) and holds every acknowledged write.
            let server = try AtlasSandboxServer(configuration: SandboxConfiguration(stateFile: file))
            let stored = try server.core.read { store throws(ApiFailure) in
                acknowledged.map { store.integration(project: $0.project, type: .opsGenie)?.fields["apiKey"]?.stringValue }
            }
            #expect(stored == acknowledged.map(\.key))
        }
        #expect(acknowledged.count >= 15)
    }
}
