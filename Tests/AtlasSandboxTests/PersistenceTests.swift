@testable import AtlasSandbox
import Foundation
import Testing
import TestSupport

@Suite struct PersistenceTests {
    let body = #"{"type":"OPS_GENIE","apiKey":"4f0c7a2e-persisted","region":"EU"}"#

    @Test func stateSurvivesARestart() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("state.json")
        let configuration = SandboxConfiguration(stateFile: file)
        try await withSandbox(configuration) { (_, client) async throws in
            #expect(try await client.send("POST", Paths.integration(DemoSeed.emptyProjectID, "OPS_GENIE"), body: body).status == 200)
            #expect(try await client.send("DELETE", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY")).status == 204)
        }
        try await withSandbox(configuration) { (_, client) async throws in
            let read = try await client.send("GET", Paths.integration(DemoSeed.emptyProjectID, "OPS_GENIE"))
            #expect(read.status == 200)
            #expect(read.json["apiKey"]?.stringValue == Masking.tail("4f0c7a2e-persisted"))
            #expect(try await client.send("GET", Paths.integration(DemoSeed.paymentsProjectID, "PAGER_DUTY")).status == 404)
        }
    }

    @Test func existingStateWinsOverTheSeed() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("state.json")
        _ = try AtlasSandboxServer(configuration: SandboxConfiguration(seed: .empty, stateFile: file))
        #expect(FileManager.default.fileExists(atPath: file))
        try await withSandbox(SandboxConfiguration(seed: .demo, stateFile: file)) { (_, client) async throws in
            #expect(try await client.send("GET", "/api/atlas/v2/groups").json["totalCount"]?.intValue == 0)
        }
    }

    @Test(arguments: ["", "{\"format\":1,\"organizations\":[", "not json at all", "{\"format\":1}", "{\"format\":99,\"organizations\":[],\"projects\":[],\"integrations\":{}}"])
    func corruptStateFileIsAClearErrorNamingTheFile(contents: String) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.file("broken-state.json")
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        do {
            _ = try AtlasSandboxServer(configuration: SandboxConfiguration(stateFile: file))
            Issue.record("a corrupt state file was accepted")
        } catch let error as SandboxError {
            guard case .corruptStateFile(let path, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == file)
            #expect(error.description.contains(file))
            #expect(error.description.contains("corrupt"))
        }
        // The broken file is left as it was, not reset.
        #expect(try String(contentsOfFile: file, encoding: .utf8) == contents)
    }

    @Test func writesLeaveNoTemporaryFilesBehind() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try await withSandbox(SandboxConfiguration(stateFile: scratch.file("state.json"))) { (_, client) async throws in
            for type in ["OPS_GENIE", "VICTOR_OPS"] {
                let body = #"{"type":"\#(type)","apiKey":"k-\#(type)"}"#
                #expect(try await client.send("POST", Paths.integration(DemoSeed.emptyProjectID, type), body: body).status == 200)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["state.json"])
    }
}
