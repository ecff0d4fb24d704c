import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

extension EndToEnd {
    /// The interrupt, delete-in-flight and editor journeys, one at a time:
    /// started all at once beside the rest they made the test run's busiest
    /// moment busier, and the journeys that wait on real time (a rate
    /// limit's refill, a write answered within the exit wait) lost. Most
    /// of their time is spent waiting on a delayed answer, so in a row they
    /// still end before the terminal matrix does.
    static let signalJourneyGate = SessionGate(limit: 1)

    /// `kill -INT` from outside (a script, `timeout -s INT`), not the
    /// Ctrl-C key, which raw mode delivers as a key. It means what Ctrl-C
    /// means (quit now; ask first only while a save or delete is
    /// unanswered), and a session it ends exits 130, as an interrupted
    /// program does, so a calling script stops too.
    @Test func anInterruptFromOutsideQuitsAScreenWithNothingToLose() async throws {
        try await Self.signalJourneyGate.run { try await interruptFromOutsideQuitsAScreenWithNothingToLose() }
    }

    private func interruptFromOutsideQuitsAScreenWithNothingToLose() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.terminal.waitFor("40 projects")
        #expect(kill(try await programPID(journey), SIGINT) == 0)
        try await journey.expectRestoredTerminal(status: 128 + SIGINT)
    }

    /// A form with a key typed but nothing sent: one interrupt quits at
    /// once, as the Ctrl-C key does there, and the key is nowhere in the
    /// scrollback.
    @Test func anInterruptFromOutsideQuitsAFormWithoutAWriteInFlight() async throws {
        try await Self.signalJourneyGate.run { try await interruptFromOutsideQuitsAFormWithoutAWriteInFlight() }
    }

    private func interruptFromOutsideQuitsAFormWithoutAWriteInFlight() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        let terminal = journey.terminal
        let key = "1a7e1a7e1a7e1a7e1a7e1a7e1a7e0001"
        try await Self.typeNewPagerDutyKey(key, in: terminal)
        #expect(kill(try await programPID(journey), SIGINT) == 0)
        try await journey.expectRestoredTerminal(status: 128 + SIGINT)
        let history = try terminal.history()
        #expect(!history.contains(key) && !history.contains("1a7e"))
        #expect(try journey.sandbox.stored(.pagerDuty, in: DemoSeed.emptyProjectID) == nil, "nothing was saved")
    }

    /// While a save is unanswered, one interrupt asks first and the form
    /// with its input stays; a second one quits (130), and the save still
    /// gets its few seconds (Atlas is slow here: long enough for the
    /// question to be seen while other tests run).
    @Test func anInterruptFromOutsideAsksFirstWhileASaveIsUnanswered() async throws {
        try await Self.signalJourneyGate.run { try await interruptFromOutsideAsksFirstWhileASaveIsUnanswered() }
    }

    private func interruptFromOutsideAsksFirstWhileASaveIsUnanswered() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.sandbox.addFault(FaultRule(route: Self.pagerDutyCreate, kind: .latency(milliseconds: 8_000), count: 1))
        let terminal = journey.terminal
        let key = "1a7e1a7e1a7e1a7e1a7e1a7e1a7e0002"
        try await Self.typeNewPagerDutyKey(key, in: terminal)
        try await press("C-s", in: journey, thenSignal: SIGINT)

        let asked = try await terminal.waitFor(all: ["Quit during a save?", "32 chars"])
        #expect(asked.contains("PagerDuty save on “storefront-staging”"))
        #expect(!(try terminal.paneIsDead()), "one interrupt only asks")
        #expect(kill(try await programPID(journey), SIGINT) == 0)

        try await journey.expectRestoredTerminal(status: 128 + SIGINT)
        let said = try terminal.joinedHistory()
        #expect(said.contains("atlas-integrations: waiting up to 5 s for the PagerDuty save on “storefront-staging” to finish…"))
        #expect(!said.contains(key) && !said.contains("1a7e"), "the key is not in the scrollback")
    }

    private func programPID(_ journey: Journey) async throws -> Int32 {
        let shell = try #require(try journey.terminal.panePID())
        return try await ProcessTree.waitForChild(of: shell)
    }

    /// The empty project's new PagerDuty form with `key` typed (masked).
    private static func typeNewPagerDutyKey(_ key: String, in terminal: TmuxSession) async throws {
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("PagerDuty", mode: "new")
        try terminal.type(key)
        try await terminal.waitFor("32 chars")
    }
}
