import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    static let pagerDutyCreate = "POST /api/atlas/v2/groups/*/integrations/PAGER_DUTY"

    /// A save is running when the session is killed (SIGTERM) and Atlas
    /// answers within the few seconds the program waits: the terminal is
    /// back first, the shell is told what is being waited for and how it
    /// ended, Atlas holds exactly the one integration, and the next start
    /// has nothing to report.
    @Test func aSaveCutOffBySIGTERMIsFinishedWithinTheWait() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.sandbox.addFault(FaultRule(route: Self.pagerDutyCreate, kind: .latency(milliseconds: 1_000), count: 1))
        let key = "5a7e5a7e5a7e5a7e5a7e5a7e5a7e0001"
        try await save(key, in: journey, thenEnd: .terminate)

        try await journey.expectSaneExit(status: 128 + SIGTERM)
        let said = try journey.terminal.joinedHistory()
        #expect(said.contains("atlas-integrations: waiting up to 5 s for the PagerDuty save on “storefront-staging” to finish…"))
        #expect(said.contains("atlas-integrations: the PagerDuty save on “storefront-staging” finished: saved."))

        let stored = try #require(try journey.sandbox.stored(.pagerDuty, in: DemoSeed.emptyProjectID))
        #expect(stored["serviceKey"] == .string(key))
        let writes = try await journey.sandbox.requestLog().filter { $0.method != "GET" && $0.auth != .none }
        #expect(writes.map { "\($0.method) \($0.status)" } == ["POST 200"], "sent once, never repeated")
        #expect(try ScreenUnderTest.journal(home: journey.directory).leftovers { _ in false }.isEmpty)

        try await journey.expectCleanNextStart()
    }

    /// A save is running when the session is killed (SIGTERM) and Atlas
    /// takes longer than the wait: the shell is told it may or may not have
    /// been applied, the next start (same home) names the write and the
    /// project until the operator dismisses it, and the start after that
    /// is clean.
    @Test func aSaveStillUnansweredAfterTheWaitIsReportedAtTheNextStart() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.sandbox.addFault(FaultRule(route: Self.pagerDutyCreate, kind: .latency(milliseconds: 8_000), count: 1))
        let key = "5a7e5a7e5a7e5a7e5a7e5a7e5a7e0002"
        try await save(key, in: journey, thenEnd: .terminate)

        try await journey.expectSaneExit(status: 128 + SIGTERM)
        let said = try journey.terminal.joinedHistory()
        #expect(said.contains("the PagerDuty save on “storefront-staging” got no answer in 5 s; it may or may not have been applied."))
        #expect(said.contains("The next start will remind you to check it."))
        let journal = try ScreenUnderTest.journal(home: journey.directory)
        let record = try #require(try FileManager.default.contentsOfDirectory(atPath: journal.directory.path).first)
        let recorded = try String(contentsOf: journal.directory.appendingPathComponent(record), encoding: .utf8)
        #expect(!recorded.contains(key) && !recorded.contains("5a7e"), "the journal holds no secret")
        #expect(!recorded.contains(SandboxProcess.apiKey.privateKey))

        let launch = AppLaunch(home: journey.directory, environment: journey.sandbox.apiKeyEnvironment)
        let second = try launch.start()
        defer { second.kill() }
        let notice = try await second.waitFor(all: ["Unfinished write", "40 projects"])
        #expect(notice.contains("PagerDuty save (POST) on project “storefront-staging”"))
        #expect(notice.contains(DemoSeed.emptyProjectID))
        #expect(notice.contains("check the integration"))
        try second.press("Enter")
        try await second.waitForAbsence(of: "Unfinished write")
        try second.press("F10")  // q is filter text on the picker
        try await second.waitForExit()

        let third = try launch.start()
        defer { third.kill() }
        let clean = try await third.waitFor("40 projects")
        #expect(!clean.contains("Unfinished"))
    }

    /// The program crashes (SIGSEGV) mid-save: there is no wait and no
    /// message, but the write was journaled before it went out, so the
    /// next start still names it.
    @Test func aSaveCutOffByACrashIsReportedAtTheNextStart() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.sandbox.addFault(FaultRule(route: Self.pagerDutyCreate, kind: .latency(milliseconds: 8_000), count: 1))
        try await save("5a7e5a7e5a7e5a7e5a7e5a7e5a7e0003", in: journey, thenEnd: .segmentationFault)

        try await journey.expectSaneExit(status: 128 + SIGSEGV)

        let next = try AppLaunch(home: journey.directory, environment: journey.sandbox.apiKeyEnvironment).start()
        defer { next.kill() }
        let notice = try await next.waitFor("Unfinished write")
        #expect(notice.contains("PagerDuty save (POST) on project “storefront-staging”"))
    }

    /// Opens the empty project's PagerDuty form, types `key`, saves, and
    /// sends the program `ending` the moment the save's journal record
    /// (written just before the request) appears on disk.
    private func save(_ key: String, in journey: Journey, thenEnd ending: SessionEnding) async throws {
        let terminal = journey.terminal
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("PagerDuty", mode: "new")
        try terminal.type(key)
        try await terminal.waitFor("32 chars")
        try await press("C-s", in: journey, thenSignal: try #require(ending.signalNumber))
    }

    /// Presses `key`, which sends a save or delete, and sends the program
    /// `signalNumber` the moment the write's journal record (written just
    /// before the request) appears on disk. A thread of its own watches
    /// for it: the test tasks' threads can be busy for seconds on a loaded
    /// machine, longer than the sandbox's delay.
    func press(_ key: String, in journey: Journey, thenSignal signalNumber: Int32) async throws {
        let terminal = journey.terminal
        let shell = try #require(try terminal.panePID())
        let program = try await ProcessTree.waitForChild(of: shell)
        let directory = try ScreenUnderTest.journal(home: journey.directory).directory.path
        let sent = JournalWatch(directory: directory, program: program, signal: signalNumber)
        try terminal.press(key)
        #expect(await sent.result(), "the write was recorded and signal \(signalNumber) sent while it ran")
    }
}

/// Watches a directory from its own thread and signals a process as soon
/// as a write-journal record appears there (or gives up after 30 s).
private final class JournalWatch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var sent = false

    init(directory: String, program: Int32, signal: Int32) {
        let thread = Thread { [self] in
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
                if names.contains(where: { $0.hasPrefix("write-in-flight-") }) {
                    sent = kill(program, signal) == 0
                    break
                }
                usleep(5_000)
            }
            done.signal()
        }
        thread.start()
    }

    /// Whether the signal was sent, once the watch is over.
    func result() async -> Bool {
        await withCheckedContinuation { continuation in
            Thread { [self] in
                done.wait()
                continuation.resume(returning: sent)
            }.start()
        }
    }
}
