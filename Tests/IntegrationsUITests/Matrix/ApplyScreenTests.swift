import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

/// One type applied to marked matrix rows: the form filled once, the plan
/// from a fresh read, the number of writes typed to confirm, the run shown
/// project by project, Esc to stop, r to retry what failed.
@Suite struct ApplyScreenTests {
    /// The matrix filtered to "prod" with both its rows marked.
    static func prodRowsMarked() -> AppDriver {
        var driver = MatrixScreenTests.openedMatrix()
        driver.press(.character("/"))
        driver.type("prod")
        driver.press(.enter)
        driver.press(.character("*"))
        return driver
    }

    /// The matrix of the "prod" filter with both rows marked, `a` on the
    /// PagerDuty column, and a service key typed into the form.
    static func filledForm() -> AppDriver {
        var driver = Self.prodRowsMarked()
        driver.press(.character("a"))
        driver.type(Fixtures.hexKey)
        return driver
    }

    static func planned() throws -> (AppDriver, ApplyPlan) {
        var driver = filledForm()
        driver.press(.control("s"))
        let asked = try #require(driver.lastPlanApply)
        let east = MatrixFixtures.id("prod-east"), west = MatrixFixtures.id("prod-west")
        let reads: [String: Result<[Integration], AtlasError>] = [east: .success([]), west: .success([Fixtures.pagerDuty])]
        let plan = ApplyPlan(settings: asked.settings, projects: asked.projects, reads: reads)
        driver.send(.applyPlanned(asked.id, plan))
        return (driver, plan)
    }

    @Test func aOnAColumnOpensItsFormOnceForTheMarkedRowsAndCtrlSPlansWithoutSending() throws {
        var driver = Self.filledForm()
        #expect(driver.state.route == .form)
        #expect(driver.text.contains("PagerDuty for 2 projects: fill the form once."))
        driver.press(.control("s"))
        let asked = try #require(driver.lastPlanApply)
        #expect(Set(asked.projects.map(\.name)) == ["prod-east", "prod-west"])
        #expect(driver.lastSave == nil, "nothing is saved from an apply's form")
        #expect(driver.state.route == .apply)
        #expect(driver.text.contains("Reading 2 projects' integrations for the plan"))
    }

    @Test func thePlanIsConfirmedOnlyByTypingTheNumberOfWrites() throws {
        var (driver, plan) = try Self.planned()
        #expect(plan.confirmationCount == 2)
        #expect(driver.text.contains("Plan for PagerDuty on 2 projects: 1 create · 1 update · 0 same · 0 cannot"))
        #expect(driver.text.contains("update: Region EU → US"), "the update says what differs as Atlas shows it (the key's tail is the same)")
        driver.type("3")
        driver.press(.enter)
        #expect(driver.lastRunApply == nil)
        #expect(driver.text.contains("Type 2, the number of writes, then Enter."))
        driver.press(.backspace)
        driver.type("2")
        driver.press(.enter)
        let run = try #require(driver.lastRunApply)
        #expect(run.plan.confirmationCount == 2)
        #expect(driver.text.contains("Applying PagerDuty: 0/2 done"))
    }

    @Test func theRunIsShownProjectByProjectEscStopsAndRRetriesTheFailed() throws {
        var (driver, plan) = try Self.planned()
        driver.type("2")
        driver.press(.enter)
        let run = try #require(driver.lastRunApply)
        let east = try #require(plan.items.first { $0.project.name == "prod-east" }).project
        let west = try #require(plan.items.first { $0.project.name == "prod-west" }).project
        driver.send(.applyUpdate(run.id, .project(east, .sending("POST"))))
        #expect(driver.text.contains("sending (POST)"))
        driver.press(.escape)
        #expect(driver.effects.contains(.stopApply(run.id)))
        #expect(driver.state.route == .apply, "Esc stops starting writes; it does not leave a running apply")
        driver.send(.applyUpdate(run.id, .project(east, .applied)))
        driver.send(.applyUpdate(run.id, .project(west, .failed("500 UNEXPECTED_ERROR"))))
        driver.send(.applyUpdate(run.id, .finished(ApplySummary(applied: [east], failed: [west], unknown: [], pending: []))))
        #expect(driver.text.contains("Applied PagerDuty: 1/2 done · 1 failed"))
        #expect(driver.text.contains("failed: 500 UNEXPECTED"))
        driver.press(.character("r"))
        #expect(driver.effects.contains(.retryApply(run.id)))
        driver.send(.applyUpdate(run.id, .project(west, .applied)))
        driver.send(.applyUpdate(run.id, .finished(ApplySummary(applied: [east, west], failed: [], unknown: [], pending: []))))
        #expect(driver.text.contains("Every write is done."))
        driver.press(.escape)
        #expect(driver.state.route == .matrix)
        #expect(driver.state.apply == nil, "the typed secret goes with the screen")
        #expect(driver.state.form == nil)
    }

    @Test func theRunShowsElapsedAndRemainingTimeAndItsWritesAreInTheWritesBox() throws {
        var (driver, plan) = try Self.planned()
        let start = Date(timeIntervalSince1970: 1_796_637_600)
        driver.send(.clock(start))
        driver.type("2")
        driver.press(.enter)
        let run = try #require(driver.lastRunApply)
        let east = try #require(plan.items.first { $0.project.name == "prod-east" }).project
        driver.send(.clock(start.addingTimeInterval(30)))
        driver.send(.applyUpdate(run.id, .project(east, .applied)))
        #expect(driver.text.contains("elapsed 0:30 · about 0:30 left"))
        driver.press(.function(3))
        #expect(driver.text.contains("save  PagerDuty  applied  “prod-east”"))
    }

    @Test func escFromThePlanGoesBackToTheFormWithTheInputKept() throws {
        var (driver, _) = try Self.planned()
        driver.press(.escape)
        #expect(driver.state.route == .form)
        #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey)
    }

    /// `A` starts the form from the focused row's settings: its clear
    /// values (PagerDuty's region, EU) are filled in, the key is typed.
    @Test func shiftAStartsFromTheFocusedRowsClearValues() throws {
        var driver = Self.prodRowsMarked()
        driver.press(.character("A"))
        #expect(driver.state.route == .form)
        #expect(driver.state.form?.form.field("region")?.text == "EU", "the default is US: EU came from the row")
        #expect(driver.state.form?.form.field("serviceKey")?.text == "")
        #expect(driver.state.form?.banner?.title.contains("starting from “prod-") == true)
        #expect(driver.state.form?.banner?.detail?.contains("type the service key again") == true)
        driver.type(Fixtures.hexKey)
        driver.press(.control("s"))
        #expect(driver.lastPlanApply?.settings.type == .pagerDuty)
    }

    @Test func aTypeThatCannotBeCreatedHereIsRefusedAtTheMatrix() {
        var driver = MatrixScreenTests.openedMatrix()
        let slack = IntegrationType.known.firstIndex(of: .slack) ?? 0
        for _ in 0..<slack { driver.press(.right) }
        driver.press(.character("a"))
        #expect(driver.state.route == .matrix)
        #expect(driver.text.contains("Slack cannot be applied from here."))
    }
}
