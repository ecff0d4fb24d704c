import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

extension EndToEnd {
    static let opsGenieDelete = "DELETE /api/atlas/v2/groups/*/integrations/OPS_GENIE"
    static let paymentsProject = "本番-決済サービス"

    /// A delete is running when the session is killed (SIGTERM) and Atlas
    /// answers within the few seconds the program waits: the shell is told
    /// what is being waited for and that it was deleted, Atlas no longer
    /// holds the integration (and still holds the others), the DELETE went
    /// out once, and the next start has nothing to report.
    @Test func aDeleteCutOffBySIGTERMIsFinishedWithinTheWait() async throws {
        try await Self.signalJourneyGate.run { try await deleteFinishedWithinTheWait() }
    }

    private func deleteFinishedWithinTheWait() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.sandbox.addFault(FaultRule(route: Self.opsGenieDelete, kind: .latency(milliseconds: 1_000), count: 1))
        try await deleteOpsGenie(in: journey, thenSignal: SIGTERM)

        try await journey.expectSaneExit(status: 128 + SIGTERM)
        let said = try journey.terminal.joinedHistory()
        #expect(said.contains("atlas-integrations: waiting up to 5 s for the Opsgenie delete on “\(Self.paymentsProject)” to finish…"))
        #expect(said.contains("atlas-integrations: the Opsgenie delete on “\(Self.paymentsProject)” finished: deleted."))

        let project = DemoSeed.paymentsProjectID
        #expect(try journey.sandbox.stored(.opsGenie, in: project) == nil, "Atlas no longer holds it")
        #expect(try journey.sandbox.stored(.pagerDuty, in: project) != nil, "and nothing else went")
        let writes = try await journey.sandbox.requestLog().filter { $0.method != "GET" && $0.auth != .none }
        #expect(writes.map { "\($0.method) \($0.status)" } == ["DELETE 204"], "sent once, never repeated")
        #expect(try ScreenUnderTest.journal(home: journey.directory).leftovers { _ in false }.isEmpty)

        try await journey.expectCleanNextStart()
    }

    /// A delete is running when the session is killed (SIGTERM) and Atlas
    /// takes longer than the wait: the shell is told it may or may not have
    /// been applied, and the next start (same home) names the delete and
    /// the project until the operator dismisses it.
    @Test func aDeleteStillUnansweredAfterTheWaitIsReportedAtTheNextStart() async throws {
        try await Self.signalJourneyGate.run { try await deleteUnansweredAfterTheWait() }
    }

    private func deleteUnansweredAfterTheWait() async throws {
        let journey = try Journey(reportAfterExit: true)
        defer { journey.finish() }
        try await journey.sandbox.addFault(FaultRule(route: Self.opsGenieDelete, kind: .latency(milliseconds: 8_000), count: 1))
        try await deleteOpsGenie(in: journey, thenSignal: SIGTERM)

        try await journey.expectSaneExit(status: 128 + SIGTERM)
        let said = try journey.terminal.joinedHistory()
        #expect(said.contains("the Opsgenie delete on “\(Self.paymentsProject)” got no answer in 5 s; it may or may not have been applied."))
        #expect(said.contains("The next start will remind you to check it."))

        let launch = AppLaunch(home: journey.directory, environment: journey.sandbox.apiKeyEnvironment)
        let second = try launch.start()
        defer { second.kill() }
        let notice = try await second.waitFor(all: ["Unfinished write", "40 projects"])
        #expect(notice.contains("Opsgenie delete (DELETE) on project “\(Self.paymentsProject)”"))
        #expect(notice.contains(DemoSeed.paymentsProjectID))
        try second.press("Enter")
        try await second.waitForAbsence(of: "Unfinished write")
        #expect(try ScreenUnderTest.journal(home: journey.directory).leftovers { _ in false }.isEmpty,
                "dismissed, the reminder is cleared")
    }

    /// Opens the payments project's menu, asks to delete Opsgenie, confirms,
    /// and sends the program `signalNumber` as the delete goes out.
    private func deleteOpsGenie(in journey: Journey, thenSignal signalNumber: Int32) async throws {
        let terminal = journey.terminal
        try await terminal.openProject(filter: "本番", expecting: Self.paymentsProject)
        try await terminal.select("Opsgenie")
        try terminal.press("d")
        try await terminal.waitFor("Delete Opsgenie?")
        try await press("y", in: journey, thenSignal: signalNumber)
    }
}
