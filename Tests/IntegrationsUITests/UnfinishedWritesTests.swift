import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

/// Writes cut off by the end of a session: asking before quitting while
/// one runs, and the notice at the next start naming what to check.
@Suite struct UnfinishedWritesTests {
    static let atlas = URL(string: "https://cloud.mongodb.com") ?? URL(fileURLWithPath: "/")
    static let staging = InFlightWrite(
        type: .pagerDuty, projectID: "5f1a00000000000000000002", projectName: "staging", method: .post,
        target: atlas, startedAt: Date(timeIntervalSince1970: 1_700_000_000), processID: 4242)

    static func write(_ type: IntegrationType, _ method: InFlightWrite.Method, project: String) -> InFlightWrite {
        var write = staging
        write.type = type
        write.method = method
        write.projectName = project
        write.target = "https://cloud.mongodb.com"
        return write
    }

    static func driver(writes: [InFlightWrite] = [], problems: [String] = [],
                       credentialsProblem: String? = nil, height: Int = 24) -> AppDriver {
        var configuration = Fixtures.configuration(credentialsProblem: credentialsProblem)
        configuration.unfinishedWrites = writes
        configuration.journalProblems = problems
        return AppDriver(configuration, height: height)
    }

    static var footer: (AppDriver) -> String { { $0.rows().last ?? "" } }

    /// The request id of the first read-back the start asked for.
    static func firstReadBack(_ driver: AppDriver) -> RequestID? {
        for case .readIntegration(let id, _, _) in driver.effects { return id }
        return nil
    }

    // MARK: The notice at start

    /// At start each unanswered write is read back with the same check a
    /// lost answer gets in a session: the notice says what became of it.
    @Test func theNoticeReadsEachWriteBackAndSaysWhatBecameOfIt() throws {
        var save = Self.write(.pagerDuty, .put, project: "staging")
        save.expected = ["serviceKey": .maskedTail("0022"), "region": .text("EU")]
        let delete = Self.write(.datadog, .delete, project: "prod")
        let old = Self.write(.webhook, .put, project: "old")
        var driver = Self.driver(writes: [save, delete, old])
        let reads = driver.effects.compactMap { effect -> (RequestID, IntegrationType)? in
            if case .readIntegration(let id, _, let type) = effect { return (id, type) }
            return nil
        }
        #expect(reads.map(\.1) == [.pagerDuty, .datadog, .webhook])
        #expect(driver.text.contains("checking what Atlas holds"))
        let held = Integration(type: .pagerDuty, id: "p", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****0022")), "region": .text("EU")])
        driver.send(.integrationRead(reads[0].0, held))
        driver.send(.integrationRead(reads[1].0, Integration(type: .datadog, id: "d", fields: [:])))
        driver.send(.failed(reads[2].0, .transport(TransportFailure(kind: .refused, detail: ""))))
        let text = driver.text
        #expect(text.contains("it was applied"), "\(text)")
        #expect(text.contains("it was not applied"), "\(text)")
        #expect(text.contains("Could not connect to Atlas"), "\(text)")
        #expect(text.contains("check the integration before trying again"))
    }

    /// A save sent moments before this start that Atlas does not show yet
    /// may still be on its way: the notice does not call it not applied.
    @Test func aSaveSentMomentsAgoIsNotCalledNotApplied() throws {
        var save = Self.write(.pagerDuty, .post, project: "staging")
        save.expected = ["serviceKey": .maskedTail("0022")]
        var configuration = Fixtures.configuration()
        configuration.unfinishedWrites = [save]
        configuration.launchedAt = save.startedAt.addingTimeInterval(7)
        var driver = AppDriver(configuration, height: 30)
        let id = try #require(Self.firstReadBack(driver), "no read-back at start")
        driver.send(.integrationRead(id, nil))
        #expect(driver.text.contains("sent only 7 s before this start"), "\(driver.text)")
        #expect(!driver.text.contains("it was not applied"))
    }

    @Test func aNoticeWhoseWritesAreAllSettledSaysNothingIsLeftToCheck() throws {
        let delete = Self.write(.datadog, .delete, project: "prod")
        var driver = Self.driver(writes: [delete], height: 30)
        let id = try #require(Self.firstReadBack(driver), "no read-back at start")
        driver.send(.integrationRead(id, nil))
        #expect(driver.text.contains("it was applied"))
        #expect(driver.text.contains("nothing needs checking by hand"))
    }

    @Test func theFirstScreenNamesTheWriteItsProjectAndWhatToDo() {
        var driver = Self.driver(writes: [Self.write(.pagerDuty, .post, project: "staging")])
        driver.loadPicker()
        let text = driver.text
        #expect(text.contains("Unfinished write"))
        #expect(text.contains("PagerDuty save (POST) on project “staging”"))
        #expect(text.contains("5f1a00000000000000000002"))
        #expect(text.contains("2023-11-14 22:13:20 UTC"))
        #expect(text.contains("It may or may") && text.contains("not have been applied"))
        #expect(text.contains("Open the project and check the integration before trying again."))
        #expect(Self.footer(driver).contains("enter dismiss"))
        #expect(!driver.effects.contains(.forgetUnfinishedWrites))
    }

    @Test func keysWaitUntilTheNoticeIsDismissedAndOnlyThenIsItForgotten() {
        var driver = Self.driver(writes: [Self.write(.datadog, .delete, project: "staging")])
        driver.loadPicker()
        driver.type("stag")
        #expect(!driver.text.contains("Filter: stag"), "the picker did not get the keys")
        #expect(driver.text.contains("Datadog delete (DELETE)"))
        driver.press(.enter)
        #expect(driver.effects.last == .forgetUnfinishedWrites)
        #expect(!driver.text.contains("Unfinished write"))
        #expect(driver.state.route == .picker)
        driver.type("stag")
        #expect(driver.text.contains("Filter: stag"))
    }

    @Test func escapeDismissesToo() {
        var driver = Self.driver(writes: [Self.staging])
        driver.press(.escape)
        #expect(driver.effects.contains(.forgetUnfinishedWrites))
        #expect(driver.state.overlay == nil)
    }

    @Test func quittingBeforeDismissingKeepsTheReminder() {
        var driver = Self.driver(writes: [Self.staging])
        driver.press(.control("c"))
        #expect(driver.quitRequested)
        #expect(!driver.effects.contains(.forgetUnfinishedWrites))
    }

    @Test func severalWritesAreAllListed() {
        let writes = [Self.write(.pagerDuty, .put, project: "production-east"),
                      Self.write(.webhook, .delete, project: "staging")]
        let driver = Self.driver(writes: writes)
        #expect(driver.text.contains("Unfinished writes"))
        #expect(driver.text.contains("these 2 writes"))
        #expect(driver.text.contains("PagerDuty save (PUT) on project “production-east”"))
        #expect(driver.text.contains("Webhook delete (DELETE) on project “staging”"))
    }

    @Test func aRecordThatCouldNotBeReadIsSaidPlainly() {
        let problem = "A record of an unfinished write (/home/op/.local/state/atlas-integrations/write-in-flight-1-x.json) "
            + "could not be read (not a complete record): a save or delete from an earlier session may not have finished; "
            + "check your projects' integrations."
        var driver = Self.driver(problems: [problem])
        driver.resize(100, 30)
        #expect(driver.text.contains("Unfinished writes?"))
        #expect(driver.text.contains("could not be read (not a complete"))
        driver.press(.enter)
        #expect(driver.effects.contains(.forgetUnfinishedWrites))
    }

    @Test func theStartScreenShowsItToo() {
        let driver = Self.driver(writes: [Self.staging], credentialsProblem: "no API key in the environment")
        #expect(driver.state.route == .start)
        #expect(driver.text.contains("PagerDuty save (POST)"))
    }

    @Test func namesFromTheJournalAreDrawnInert() {
        let hostile = Self.write(.pagerDuty, .post, project: "evil\u{1B}]52;c;aGk=\u{07}\u{9B}2J\u{202E}name")
        let driver = Self.driver(writes: [hostile])
        let text = driver.text
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(text.contains("evil"))
    }

    @Test func aLongListFitsTheWindowAndSaysHowMuchMore() {
        let writes = (0..<12).map { Self.write(.pagerDuty, .post, project: "project-\($0)") }
        let driver = Self.driver(writes: writes)
        #expect(driver.frame.rows.count == 24)
        #expect(driver.text.contains("more lines"))
        #expect(driver.text.contains("enter dismisses"))
    }

    @Test func nothingLeftOverShowsNothing() {
        let driver = Self.driver()
        #expect(driver.state.overlay == nil)
        #expect(!driver.text.contains("Unfinished"))
    }

    // MARK: Quitting while a write runs

    static func savingPagerDuty() -> (AppDriver, RequestID)? {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        driver.type(Fixtures.hexKey)
        driver.press(.control("s"))
        guard let save = driver.lastSave else { return nil }
        return (driver, save.id)
    }

    @Test func ctrlCDuringASaveNamesItAndWaitKeepsTheSession() throws {
        var (driver, save) = try #require(Self.savingPagerDuty())
        driver.press(.control("c"))
        #expect(driver.text.contains("Quit during a save?"))
        #expect(driver.text.contains("PagerDuty save on “production-east”"))
        #expect(driver.text.contains("has no answer from"))
        driver.press(.character("n"))
        #expect(!driver.quitRequested)
        driver.send(.saved(save, [Fixtures.pagerDuty]))
        #expect(driver.state.route == .menu, "the answer still lands")
        driver.press(.control("c"))
        #expect(driver.quitRequested, "nothing in flight: Ctrl-C quits at once again")
    }

    @Test func confirmingTheQuestionQuitsAndLeavesTheSaveRunning() throws {
        var (driver, save) = try #require(Self.savingPagerDuty())
        driver.press(.control("c"))
        driver.press(.character("y"))
        #expect(driver.quitRequested)
        #expect(!driver.effects.contains(.cancel(save)))
    }

    @Test func qDuringADeleteAsksAboutTheDelete() throws {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.home)
        driver.press(.character("d"))
        driver.press(.character("y"))
        let delete = try #require(driver.lastDelete)
        driver.press(.character("q"))
        #expect(!driver.quitRequested)
        #expect(driver.text.contains("Quit during a delete?"))
        #expect(driver.text.contains("PagerDuty delete on “production-east”"))
        driver.press(.character("y"))
        #expect(driver.quitRequested)
        #expect(!driver.effects.contains(.cancel(delete.id)))
    }

    @Test func readsStillRunningAreCancelledAtOnce() throws {
        var driver = AppDriver()
        let organizations = try #require(driver.organizationsRequest)
        driver.press(.control("c"))
        #expect(driver.effects.suffix(2) == [.cancel(organizations), .quit])
    }

    @Test func belowTheMinimumSizeCtrlCQuitsEvenDuringASave() throws {
        var (driver, save) = try #require(Self.savingPagerDuty())
        driver.resize(40, 10)
        driver.press(.control("c"))
        #expect(driver.quitRequested)
        #expect(!driver.effects.contains(.cancel(save)))
    }
}
