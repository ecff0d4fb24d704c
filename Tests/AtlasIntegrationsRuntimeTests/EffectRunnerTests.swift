import AtlasAdmin
import AtlasIntegrationsRuntime
import AtlasSandbox
import Foundation
import IntegrationsUI
import TestSupport
import Testing

/// Effects run as tasks against a sandbox over loopback; their results
/// come back to the loop's inbox carrying their request id.
@Suite struct EffectRunnerTests {
    static let opsGenieKey = "3e9f2a1b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"

    static func client(_ baseURL: URL) -> AtlasClient {
        let key = SandboxAPIKey.demo
        return AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: baseURL, credentials: .apiKey(publicKey: key.publicKey, privateKey: SecretValue(key.privateKey)),
            clock: TestClock(sleepsEndAtOnce: true)))
    }

    /// Waits until the inbox has an event for `id`, collecting everything.
    static func event(for id: RequestID, in inbox: EventInbox, collected: inout [AppEvent]) async throws -> AppEvent {
        var found: AppEvent?
        var seen: [AppEvent] = []
        try await waitUntil("an answer to \(id)") {
            seen += inbox.drain()
            found = seen.first { $0.requestID == id }
            return found != nil
        }
        collected += seen
        return try #require(found)
    }

    /// A save is in the journal while Atlas has not answered, and struck
    /// off once it has: the record exists exactly as long as the doubt.
    @Test func aSaveIsJournaledUntilItsAnswerComes() async throws {
        let held = TestClock()
        let server = try AtlasSandboxServer(configuration: SandboxConfiguration(clock: held))
        let url = try await server.start()
        let scratch = try TemporaryDirectory()
        let inbox = EventInbox()
        let writes = WriteTracker(journal: WriteJournal(directory: scratch.url), log: nil)
        let runner = EffectRunner(client: Self.client(url), inbox: inbox, demo: nil, writes: writes, log: nil)
        server.addFault(FaultRule(route: "POST /api/atlas/v2/groups/*/integrations/OPS_GENIE", kind: .latency(milliseconds: 1_000)))

        let settings = try IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue(Self.opsGenieKey))])
        let id = RequestID(7)
        _ = runner.run(.save(id, projectID: DemoSeed.emptyProjectID, settings: settings, isUpdate: false), projectName: "empty")
        try await held.waitForSleepers(1)
        let records = scratch.fileNames()
        #expect(records.count == 1, "recorded before it was answered")
        let record = try String(contentsOf: scratch.url.appendingPathComponent(try #require(records.first)), encoding: .utf8)
        #expect(record.contains("OPS_GENIE") && !record.contains(Self.opsGenieKey), "the record holds no secret")
        #expect(inbox.drain().isEmpty)

        held.advance(by: .seconds(1))
        var collected: [AppEvent] = []
        let answer = try await Self.event(for: id, in: inbox, collected: &collected)
        guard case .saved(id, let saved) = answer else {
            Issue.record("not saved: \(answer)")
            return
        }
        #expect(saved.map(\.type) == [.opsGenie])
        #expect(scratch.fileNames().isEmpty)
        await runner.shutdown()
        await server.stop()
    }

    /// Without credentials nothing is sent and nothing journaled; every
    /// request is answered at once with the reason.
    @Test func withoutAClientEveryRequestFailsAtOnceWithTheReason() async throws {
        let scratch = try TemporaryDirectory()
        let inbox = EventInbox()
        let writes = WriteTracker(journal: WriteJournal(directory: scratch.url), log: nil)
        let runner = EffectRunner(client: nil, inbox: inbox, demo: nil, writes: writes, log: nil)
        _ = runner.run(.delete(RequestID(1), projectID: DemoSeed.paymentsProjectID, type: .pagerDuty))
        _ = runner.run(.loadProjects(RequestID(2), organizationID: "5f0000000000000000000001"))
        let events = inbox.drain()
        #expect(events.map(\.requestID) == [RequestID(1), RequestID(2)])
        for event in events {
            guard case .failed(_, .invalidInput(nil, let message)) = event else {
                Issue.record("unexpected \(event)")
                continue
            }
            #expect(message == "No Atlas credentials are configured.")
        }
        #expect(scratch.fileNames().isEmpty)
    }

    /// A cancelled load is answered as cancelled and releases the lists
    /// waiting behind it, which then reach the picker in order.
    @Test func cancellingAHeldListReleasesTheNextOne() async throws {
        let held = TestClock()
        let server = try AtlasSandboxServer(configuration: SandboxConfiguration(clock: held))
        let url = try await server.start()
        let inbox = EventInbox()
        let runner = EffectRunner(
            client: Self.client(url), inbox: inbox, demo: nil, writes: WriteTracker(journal: nil, log: nil), log: nil)
        let organizations = try await Self.client(url).listOrganizations()
        #expect(organizations.count >= 2)
        let first = try #require(organizations.first), second = organizations[1]
        server.addFault(FaultRule(route: "GET /api/atlas/v2/orgs/\(first.id)/groups", kind: .latency(milliseconds: 60_000)))

        _ = runner.run(.loadProjects(RequestID(1), organizationID: first.id))
        _ = runner.run(.loadProjects(RequestID(2), organizationID: second.id))
        try await held.waitForSleepers(1)
        var collected: [AppEvent] = []
        // The second list's count comes through while its rows wait for the first.
        try await waitUntil("the second list's count") {
            collected += inbox.drain()
            return collected.contains { event in
                if case .projectsPageLoaded(RequestID(2), [], let loaded, _, false) = event { return loaded > 0 }
                return false
            }
        }
        #expect(!collected.contains { event in
            if case .projectsPageLoaded(_, let projects, _, _, _) = event { return !projects.isEmpty }
            return false
        }, "no rows before the first list is done")

        _ = runner.run(.cancel(RequestID(1)))
        try await waitUntil("the second list to finish") {
            collected += inbox.drain()
            return collected.contains { event in
                if case .projectsPageLoaded(RequestID(2), _, _, _, true) = event { return true }
                return false
            }
        }
        let rows = collected.flatMap { event -> [Project] in
            if case .projectsPageLoaded(RequestID(2), let projects, _, _, _) = event { return projects }
            return []
        }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.orgID == second.id })
        held.advance(by: .seconds(60))
        await runner.shutdown()
        await server.stop()
    }
}
