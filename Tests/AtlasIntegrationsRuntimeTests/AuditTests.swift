import AtlasAdmin
import AtlasIntegrationsRuntime
import AtlasSandbox
import Foundation
import IntegrationsUI
import TestSupport
import Testing

/// Every write the product makes leaves one line in `audit.jsonl`: who,
/// where, what and how it ended, a typed secret only by its last four
/// characters. A write whose line cannot be written is not sent.
@Suite struct AuditTests {
    static let pagerDutyKey = "0123456789abcdef0123456789abc0de"

    static func pagerDuty() throws -> IntegrationSettings {
        try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(pagerDutyKey)), "region": .text("EU")])
    }

    @Test func aLogIsAppendedLineByLineReadableByItsOwnerOnlyAndACutLineIsSkipped() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let log = AuditLog(file: scratch.url.appendingPathComponent("state/atlas-integrations/audit.jsonl"))
        #expect(log.checkWritable() == nil)
        let record = AuditRecord(
            time: Date(timeIntervalSince1970: 1_796_000_000), baseURL: "https://cloud.mongodb.com", who: "abcdefgh",
            projectID: DemoSeed.paymentsProjectID, projectName: "本番-決済サービス", type: .pagerDuty, action: .update,
            outcome: .applied, status: 200, secretTails: ["serviceKey": "c0de"])
        try log.append(record)
        try log.append(record)
        let attributes = try FileManager.default.attributesOfItem(atPath: log.file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let handle = try FileHandle(forWritingTo: log.file)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"time":"2026-12-07T10:00:00Z","baseURL":"#.utf8)) // a crash mid-line
        try handle.close()
        let read = try log.read()
        #expect(read.records == [record, record])
        #expect(read.unreadable == 1)
        let text = try String(contentsOf: log.file, encoding: .utf8)
        #expect(text.split(separator: "\n").first?.contains(#""projectId":"5d422b819d3c2b1a0f00001c""#) == true)
    }

    @Test func aRecordSaysWhatATrackedWriteDidAndKeepsOnlySecretTails() throws {
        let write = InFlightWrite(
            type: .pagerDuty, projectID: DemoSeed.paymentsProjectID, projectName: "p", method: .put,
            target: URL(string: "https://cloud.mongodb.com")!, expected: WriteReadBack.expectation(of: try Self.pagerDuty()))
        let applied = WriteTracker.auditRecord(write, who: "pubkey", event: .saved(RequestID(1), []))
        #expect(applied.action == .update && applied.outcome == .applied && applied.status == 200)
        #expect(applied.secretTails == ["serviceKey": "c0de"])
        #expect(applied.who == "pubkey")
        let refused = WriteTracker.auditRecord(write, who: "pubkey", event: .failed(RequestID(1), .api(APIErrorDetail(
            status: 400, errorCode: "INVALID_ATTRIBUTE", detail: "bad"))))
        #expect(refused.outcome == .failed && refused.status == 400 && refused.errorCode == "INVALID_ATTRIBUTE")
        let lost = WriteTracker.auditRecord(write, who: "pubkey", event: .failed(RequestID(1), .transport(TransportFailure(
            kind: .timeout, detail: "no answer"))))
        #expect(lost.outcome == .unknown && lost.status == nil)
    }

    /// A write still unanswered when the exit wait ends is audited then, as
    /// unknown (the process ends before its task could), and only once.
    @Test func aWriteUnansweredAtExitIsAuditedAsUnknownOnce() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let audit = AuditLog(file: scratch.url.appendingPathComponent("audit.jsonl"))
        let tracker = WriteTracker(journal: nil, audit: audit, log: nil)
        let write = InFlightWrite(type: .pagerDuty, projectID: DemoSeed.paymentsProjectID, projectName: "p", method: .put,
                                  target: URL(string: "https://cloud.mongodb.com")!)
        tracker.begin(RequestID(1), write, who: "pubkey")
        await tracker.settle(grace: .seconds(5), isDemo: false, clock: TestClock(sleepsEndAtOnce: true), say: { _ in })
        tracker.finish(RequestID(1), .saved(RequestID(1), []))
        let records = try audit.read().records
        #expect(records.map(\.outcome) == [.unknown])
        #expect(records.first?.who == "pubkey")
    }

    /// A save and a delete against the sandbox: two lines, with the public
    /// key as who and the key's tail, and the secret nowhere in the file.
    @Test func eachWriteAgainstAtlasIsAuditedOnce() async throws {
        let server = try AtlasSandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let audit = AuditLog(file: scratch.url.appendingPathComponent("audit.jsonl"))
        let inbox = EventInbox()
        let writes = WriteTracker(journal: nil, audit: audit, log: nil)
        let runner = EffectRunner(client: EffectRunnerTests.client(url), inbox: inbox, demo: nil, writes: writes, log: nil)
        var collected: [AppEvent] = []
        _ = runner.run(.save(RequestID(1), projectID: DemoSeed.emptyProjectID, settings: try Self.pagerDuty(), isUpdate: false),
                       projectName: "storefront-staging")
        _ = try await EffectRunnerTests.event(for: RequestID(1), in: inbox, collected: &collected)
        _ = runner.run(.delete(RequestID(2), projectID: DemoSeed.emptyProjectID, type: .pagerDuty), projectName: "storefront-staging")
        _ = try await EffectRunnerTests.event(for: RequestID(2), in: inbox, collected: &collected)
        await runner.shutdown()
        await server.stop()

        let records = try audit.read().records
        #expect(records.map(\.action) == [.create, .delete])
        #expect(records.map(\.outcome) == [.applied, .applied])
        #expect(records.map(\.status) == [200, 204])
        #expect(records.allSatisfy { $0.who == SandboxAPIKey.demo.publicKey && $0.projectID == DemoSeed.emptyProjectID })
        #expect(records.first?.secretTails == ["serviceKey": "c0de"])
        let text = try String(contentsOf: audit.file, encoding: .utf8)
        #expect(!text.contains(Self.pagerDutyKey) && !text.contains(SandboxAPIKey.demo.privateKey))
    }

    /// An audit log that cannot be written (its directory is a file):
    /// the save is refused with the reason and nothing reaches Atlas.
    @Test func aWriteWhoseLineCannotBeWrittenIsNotSent() async throws {
        let server = try AtlasSandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let blocker = scratch.url.appendingPathComponent("state")
        try Data("not a directory".utf8).write(to: blocker)
        let audit = AuditLog(file: blocker.appendingPathComponent("audit.jsonl"))
        let inbox = EventInbox()
        let runner = EffectRunner(client: EffectRunnerTests.client(url), inbox: inbox, demo: nil,
                                  writes: WriteTracker(journal: nil, audit: audit, log: nil), log: nil)
        _ = runner.run(.save(RequestID(1), projectID: DemoSeed.emptyProjectID, settings: try Self.pagerDuty(), isUpdate: false))
        let events = inbox.drain()
        guard case .failed(RequestID(1), .invalidInput(nil, let message))? = events.first else {
            Issue.record("expected the save refused at once: \(events)")
            return
        }
        #expect(message.hasPrefix("Not sent: every write is recorded in the audit log, and it cannot be written"))
        await runner.shutdown()
        #expect(server.requestLog().filter { $0.method == "POST" }.isEmpty)
        await server.stop()
    }
}

/// What `atlas-integrations audit` prints: the lines asked for, each made
/// safe for a terminal.
@Suite struct AuditQueryTests {
    static func record(_ time: String, project: String, name: String? = nil) -> AuditRecord {
        AuditRecord(time: AuditQuery.parseSince(time)!, baseURL: "https://cloud.mongodb.com", who: "abcdefgh",
                    projectID: project, projectName: name, type: .datadog, action: .create, outcome: .failed,
                    status: 400, errorCode: "INVALID_ATTRIBUTE", secretTails: ["apiKey": "f024"])
    }

    @Test func sinceTakesADayOrATimeAndProjectFilters() throws {
        #expect(AuditQuery.parseSince("2026-12-07") == AuditQuery.parseSince("2026-12-07T00:00:00Z"))
        #expect(AuditQuery.parseSince("yesterday") == nil)
        let early = Self.record("2026-12-06T23:59:59Z", project: DemoSeed.paymentsProjectID)
        let late = Self.record("2026-12-07T08:00:00Z", project: DemoSeed.paymentsProjectID)
        let other = Self.record("2026-12-07T09:00:00Z", project: DemoSeed.emptyProjectID)
        let since = try #require(AuditQuery.parseSince("2026-12-07"))
        #expect(AuditQuery(since: since).select([early, late, other]) == [late, other])
        #expect(AuditQuery(projectID: DemoSeed.paymentsProjectID).select([early, late, other]) == [early, late])
    }

    @Test func aLineSaysEverythingAndNoEscapeSequenceReachesTheTerminal() {
        let line = AuditQuery.line(Self.record("2026-12-07T08:00:00Z", project: DemoSeed.paymentsProjectID,
                                               name: "prod\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J"))
        #expect(line.hasPrefix("2026-12-07T08:00:00Z  create  failed 400 INVALID_ATTRIBUTE  Datadog  “prod"))
        #expect(line.hasSuffix("by abcdefgh  at https://cloud.mongodb.com  apiKey …f024"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(!line.contains("52;c"))
    }
}

/// What a start offers to resume: unfinished applies of this Atlas; a
/// finished one's checkpoint is removed; the others are named with why.
@Suite struct InterruptedAppliesTests {
    @Test func unfinishedAreOfferedFinishedRemovedAndTheRestNamed() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let store = ApplyCheckpointStore(directory: scratch.url)
        let atlas = URL(string: "https://cloud.mongodb.com")!
        let settings = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(AuditTests.pagerDutyKey)), "region": .text("US")])
        let project = ApplyProject(id: DemoSeed.paymentsProjectID, name: "p")
        var unfinished = ApplyPlan(settings: settings, projects: [project], reads: [project.id: .success([])])
        var finished = ApplyPlan(settings: settings, projects: [project], reads: [project.id: .success([])])
        finished.items[0].outcome = .applied
        let elsewhere = ApplyPlan(settings: settings, projects: [project], reads: [project.id: .success([])])
        unfinished.items[0].outcome = .sending
        try store.save(ApplyCheckpoint(plan: unfinished, baseURL: atlas))
        try store.save(ApplyCheckpoint(plan: finished, baseURL: atlas))
        try store.save(ApplyCheckpoint(plan: elsewhere, baseURL: URL(string: "https://cloud.mongodbgov.com")!))
        try Data("{\"formatVersion\": 1, \"type\":".utf8).write(to: store.file(planID: "damaged"))

        let found = LaunchPlan.interruptedApplies(in: store, baseURL: atlas)
        #expect(found.checkpoints.map(\.planID) == [unfinished.id])
        #expect(found.problems.count == 2)
        #expect(found.problems.contains { $0.contains("is for https://cloud.mongodbgov.com") })
        #expect(found.problems.contains { $0.contains("is damaged") })
        #expect(!FileManager.default.fileExists(atPath: store.file(planID: finished.id).path), "a finished apply's file goes")
    }
}
