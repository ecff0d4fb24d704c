import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// Deleting PagerDuty from the payments project: the confirmation names
    /// the two alert configurations that notify through it (read from the
    /// sandbox's alertConfigs), and `n` leaves everything as it was.
    @Test func theDeleteConfirmationNamesTheAlertsThatWouldGoQuiet() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
        try await terminal.select("PagerDuty")
        try terminal.press("d")
        let dialog = try await terminal.waitFor(all: ["2 alert configurations notify through", "• HOST_DOWN (enabled)"])
        #expect(dialog.contains("• OUTSIDE_METRIC_THRESHOLD (enabled)"))
        #expect(!dialog.contains("REPLICATION_OPLOG_WINDOW_RUNNING_OUT"), "that one notifies through Opsgenie only")
        #expect(!dialog.contains("NO_PRIMARY"), "that one notifies the project's members only")
        let reads = try await journey.sandbox.requestLog().filter { $0.path.hasSuffix("/alertConfigs") && $0.auth != .none }
        #expect(reads.map(\.path) == ["/api/atlas/v2/groups/\(DemoSeed.paymentsProjectID)/alertConfigs"])
        try terminal.press("n")
        try await terminal.waitForAbsence(of: "Delete PagerDuty?")
        #expect(try await journey.sandbox.integration(.pagerDuty, in: DemoSeed.paymentsProjectID) != nil)
    }

    /// storefront-prod's only alert e-mails: deleting Datadog says no alert
    /// configuration uses it, and `y` deletes it.
    @Test func withNoAlertUsingTheTypeTheConfirmationSaysNone() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        try await terminal.openProject(filter: "storefront-prod", expecting: "storefront-prod")
        try await terminal.select("Datadog")
        try terminal.press("d")
        try await terminal.waitFor("No alert configuration notifies through Datadog.")
        try terminal.press("y")
        try await terminal.waitFor("Datadog no longer configured") { $0.menuRow("Datadog").contains("not configured") }
        #expect(try await journey.sandbox.integration(.datadog, in: DemoSeed.storefrontProjectID) == nil)
    }

    /// A key that may not read alert configurations (403): the confirmation
    /// says so, and the delete still goes through.
    @Test func aKeyThatCannotReadAlertsIsToldSoAndStillDeletes() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let terminal = journey.terminal
        let project = DemoSeed.paymentsProjectID
        try await journey.sandbox.addFault(FaultRule(route: "GET /api/atlas/v2/groups/\(project)/alertConfigs", kind: .status(403)))
        try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
        try await terminal.select("Opsgenie")
        try terminal.press("d")
        let dialog = try await terminal.waitFor("could not be read (HTTP 403")
        #expect(dialog.contains("Delete Opsgenie?"))
        try terminal.press("y")
        try await terminal.waitFor("Opsgenie no longer configured") { $0.menuRow("Opsgenie").contains("not configured") }
        #expect(try await journey.sandbox.integration(.opsGenie, in: project) == nil)
    }

    /// From the Webhook row, `t` opens the form at the URL; the URL of a
    /// receiver on loopback and its secret typed, Ctrl-T sends a signed
    /// sample the receiver's own HMAC accepts; a wrong secret shows the
    /// receiver's 401. Nothing reaches Atlas, and the typed values stay.
    @Test func aSignedTestDeliveryReachesTheReceiverAndAWrongSecretShowsItsRefusal() async throws {
        let journey = try Journey()
        defer { journey.finish() }
        let receiver = try WebhookReceiver(secret: "whsec-journey-4b1d", in: journey.directory)
        defer { receiver.stop() }
        let terminal = journey.terminal
        try await terminal.openProject(filter: "checkout-api", expecting: "checkout-api")
        try await terminal.select("Webhook")
        try terminal.press("t")
        try await terminal.waitFor("then press Ctrl-T to send a test")
        try terminal.type(receiver.baseURL + "/hook")
        try terminal.press("Tab")
        try terminal.type("whsec-journey-4b1d")
        try terminal.press("C-t")
        let accepted = try await terminal.waitFor("Accepted: HTTP 200")
        #expect(accepted.contains("X-MMS-Event: alert.open"))
        #expect(accepted.contains("X-MMS-Signature: "))
        #expect(accepted.contains("from this machine, not from Atlas"))
        #expect(!accepted.contains("whsec-journey-4b1d"), "the secret is never drawn")
        #expect(try receiver.received().map(\.signatureValid) == [true])

        try terminal.press("Escape")
        try await terminal.waitForAbsence(of: "Test delivery")
        try terminal.press("BSpace", "BSpace")
        try terminal.press("C-t")
        let refused = try await terminal.waitFor("Refused by the receiver: HTTP 401")
        #expect(refused.contains("signature mismatch"))
        #expect(try receiver.received().map(\.signatureValid) == [true, false])
        try terminal.press("Escape")
        try await terminal.waitForAbsence(of: "Test delivery")

        let writes = try await journey.sandbox.requestLog().filter { ["POST", "PUT", "DELETE"].contains($0.method) }
        #expect(writes.isEmpty, "a test delivery never writes to Atlas")
    }
}
