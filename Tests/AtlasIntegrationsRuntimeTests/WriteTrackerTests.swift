import AtlasAdmin
import AtlasIntegrationsRuntime
import Foundation
import IntegrationsUI
import Synchronization
import TestSupport
import Testing

/// Which outcomes of a save or delete strike its journal record off (so
/// the next start does not ask the operator to check it), and the exit
/// wait for writes still running, on a test clock.
@Suite struct WriteTrackerTests {
    static let project = "5f0000000000000000000001"

    static func write(_ method: InFlightWrite.Method = .post) -> InFlightWrite {
        InFlightWrite(type: .pagerDuty, projectID: project, projectName: "storefront-staging", method: method,
                      target: URL(string: "https://cloud.mongodb.com")!)
    }

    static let refused = AtlasError.api(APIErrorDetail(status: 400, errorCode: "INVALID_ATTRIBUTE", detail: "bad key"))
    static let timedOut = AtlasError.transport(TransportFailure(kind: .timeout, detail: "no answer in 30 s"))

    /// Lines said to the operator after the terminal was restored.
    final class Said: Sendable {
        private let lines = Mutex<[String]>([])
        func say(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    enum Outcome: String, CaseIterable, CustomTestStringConvertible {
        case saved, deleted, refusedByAtlas, timedOutInTheSession, cancelledInTheSession
        var testDescription: String { rawValue }

        func event(_ id: RequestID) -> AppEvent {
            switch self {
            case .saved: .saved(id, [])
            case .deleted: .deleted(id)
            case .refusedByAtlas: .failed(id, WriteTrackerTests.refused)
            case .timedOutInTheSession: .failed(id, WriteTrackerTests.timedOut)
            case .cancelledInTheSession: .failed(id, .cancelled)
            }
        }
    }

    /// While the session runs, every ending is one the operator sees on
    /// the screen (the form says saved, refused, or what to check), so the
    /// record goes whatever the answer was.
    @Test(arguments: Outcome.allCases)
    func anyEndingSeenInTheSessionRemovesTheRecord(outcome: Outcome) throws {
        let scratch = try TemporaryDirectory()
        let journal = WriteJournal(directory: scratch.url)
        let tracker = WriteTracker(journal: journal, log: nil)
        let id = RequestID(4)
        tracker.begin(id, Self.write(outcome == .deleted ? .delete : .post))
        #expect(scratch.fileNames().count == 1, "recorded before the request goes out")
        tracker.finish(id, outcome.event(id))
        #expect(scratch.fileNames().isEmpty)
    }

    /// Once the exit wait has begun nobody sees the form any more: an
    /// answer from Atlas still strikes the record off, but a write that
    /// ends with no answer (cut off, timed out) stays for the next start.
    @Test func afterTheSessionOnlyAnAnswerRemovesTheRecord() async throws {
        let scratch = try TemporaryDirectory()
        let journal = WriteJournal(directory: scratch.url)
        let tracker = WriteTracker(journal: journal, log: nil)
        let said = Said()
        let clock = TestClock()
        let ids = (1...4).map(RequestID.init)
        for id in ids { tracker.begin(id, Self.write()) }
        #expect(scratch.fileNames().count == 4)

        let wait = Task { await tracker.settle(grace: .seconds(5), isDemo: false, clock: clock, say: said.say) }
        try await clock.waitForSleepers(1)
        tracker.finish(ids[0], .saved(ids[0], []))
        tracker.finish(ids[1], .failed(ids[1], Self.refused))
        tracker.finish(ids[2], .failed(ids[2], Self.timedOut))
        tracker.finish(ids[3], .failed(ids[3], .cancelled))
        await wait.value
        #expect(scratch.fileNames().count == 2, "the timed-out and the cancelled write stay")
        #expect(clock.now.offset < .seconds(5), "the wait ended when the last write did, not at its limit")
        #expect(said.all.first == "waiting up to 5 s for the PagerDuty save on “storefront-staging” to finish…")
        #expect(said.all.contains("the PagerDuty save on “storefront-staging” finished: saved."))
        #expect(said.all.contains("the PagerDuty save on “storefront-staging” finished: Atlas refused it (400 INVALID_ATTRIBUTE), so it was not applied."))
        #expect(said.all.contains {
            $0.hasPrefix("the PagerDuty save on “storefront-staging” ended with no answer (") && $0.hasSuffix("The next start will remind you to check it.")
        })
    }

    /// The exit wait lasts its grace on the clock and not a moment longer;
    /// a write still running then is named, and its record kept.
    @Test func theExitWaitEndsAfterItsGrace() async throws {
        let scratch = try TemporaryDirectory()
        let tracker = WriteTracker(journal: WriteJournal(directory: scratch.url), log: nil)
        let said = Said()
        let clock = TestClock()
        tracker.begin(RequestID(1), Self.write(.delete))
        let wait = Task { await tracker.settle(grace: .seconds(5), isDemo: false, clock: clock, say: said.say) }
        try await clock.waitForSleepers(1)
        clock.advance(by: .milliseconds(4_999))
        #expect(clock.pendingSleepers == 1, "still waiting just before the grace is over")
        clock.advance(by: .milliseconds(1))
        await wait.value
        #expect(said.all == [
            "waiting up to 5 s for the PagerDuty delete on “storefront-staging” to finish…",
            "the PagerDuty delete on “storefront-staging” got no answer in 5 s; it may or may not have been applied. The next start will remind you to check it.",
        ])
        #expect(scratch.fileNames().count == 1)
    }

    @Test func withNothingRunningTheExitDoesNotWaitOrSpeak() async throws {
        let tracker = WriteTracker(journal: nil, log: nil)
        let said = Said()
        let clock = TestClock()
        await tracker.settle(grace: .seconds(5), isDemo: true, clock: clock, say: said.say)
        #expect(said.all.isEmpty)
        #expect(clock.sleeps.isEmpty)
    }

    /// The demo keeps no journal: its sandbox ends with the process, so
    /// there is nothing for a next start to check, and nothing is promised.
    @Test func theDemoRecordsNothingAndPromisesNoReminder() async throws {
        let scratch = try TemporaryDirectory()
        let tracker = WriteTracker(journal: WriteJournal(directory: scratch.url), log: nil)
        tracker.stopJournaling()
        tracker.begin(RequestID(1), Self.write())
        #expect(scratch.fileNames().isEmpty)
        let said = Said()
        let clock = TestClock()
        let wait = Task { await tracker.settle(grace: .seconds(5), isDemo: true, clock: clock, say: said.say) }
        try await clock.waitForSleepers(1)
        clock.advance(by: .seconds(5))
        await wait.value
        #expect(said.all.last == "the PagerDuty save on “storefront-staging” got no answer in 5 s; it may or may not have been applied.")
    }

    @Test func dismissingTheNoticeDiscardsTheEarlierSessionsRecords() throws {
        let scratch = try TemporaryDirectory()
        let journal = WriteJournal(directory: scratch.url)
        var old = Self.write()
        old.processID = 999_999
        _ = try journal.record(old)
        let leftovers = journal.leftovers { _ in false }
        #expect(leftovers.writes.count == 1)
        let tracker = WriteTracker(journal: journal, leftovers: leftovers, log: nil)
        tracker.begin(RequestID(2), Self.write())
        tracker.forgetLeftovers()
        // Only this session's running write is left.
        let names = scratch.fileNames()
        #expect(names.count == 1 && names.allSatisfy { $0.contains("-\(getpid())-") }, "\(names)")
    }
}
