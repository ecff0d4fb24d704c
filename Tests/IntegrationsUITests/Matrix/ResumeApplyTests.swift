import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

/// At start, an apply an earlier session left unfinished is offered: `r`
/// opens its form with the clear values filled in and the secret to type
/// again (ending as recorded), `d` forgets it; a checkpoint that cannot be
/// resumed here is named with its reason.
@Suite struct ResumeApplyTests {
    static func checkpoint() throws -> ApplyCheckpoint {
        let settings = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(Fixtures.hexKey)), "region": .text("EU")])
        let east = ApplyProject(id: "5f1a00000000000000000011", name: "prod-east")
        let west = ApplyProject(id: "5f1a00000000000000000012", name: "prod-west")
        var plan = ApplyPlan(settings: settings, projects: [east, west], reads: [east.id: .success([]), west.id: .success([])])
        plan.items[0].outcome = .applied
        plan.items[1].outcome = .sending
        return ApplyCheckpoint(plan: plan, baseURL: URL(string: "https://cloud.mongodb.com")!)
    }

    static func driver(problems: [String] = []) throws -> AppDriver {
        var configuration = Fixtures.configuration()
        configuration.interruptedApplies = [try checkpoint()]
        configuration.applyProblems = problems
        return AppDriver(configuration)
    }

    @Test func theNoticeSaysWhatIsLeftAndROpensTheFormWithTheClearValues() throws {
        var driver = try Self.driver()
        #expect(driver.text.contains("Unfinished apply"))
        #expect(driver.text.contains("1 done, 1 unfinished"))
        driver.press(.character("r"))
        #expect(driver.state.route == .form)
        #expect(driver.state.form?.form.field("region")?.text == "EU", "the clear value comes from the checkpoint")
        #expect(driver.state.form?.form.field("serviceKey")?.text == "", "the secret is typed again")
        #expect(driver.state.form?.banner?.detail?.contains("Service key …0022") == true)
    }

    @Test func aKeyEndingOtherwiseIsRefusedAndTheRightOnePlansWhatIsLeft() throws {
        var driver = try Self.driver()
        driver.press(.character("r"))
        driver.type("0123456789abcdef0123456789abffff")
        driver.press(.control("s"))
        #expect(driver.state.form?.banner?.title == "Not the settings this apply planned.")
        #expect(!driver.effects.contains { if case .planResume = $0 { true } else { false } })
        driver.press(.tab)
        driver.press(.backTab)
        driver.press(.control("u"))
        driver.type(Fixtures.hexKey)
        driver.press(.control("s"))
        let asked = driver.effects.compactMap { effect -> ApplyCheckpoint? in
            if case .planResume(_, let checkpoint, _) = effect { checkpoint } else { nil }
        }
        #expect(asked.count == 1)
        #expect(asked.first?.unfinished.map(\.name) == ["prod-west"])
        #expect(driver.state.route == .apply)
    }

    @Test func dForgetsItAndProblemsAreNamed() throws {
        var driver = try Self.driver(problems: ["The apply checkpoint /x/apply-1.json is damaged (not a complete record)."])
        #expect(driver.text.contains("is damaged"))
        driver.press(.character("d"))
        let planID = try #require(driver.state.configuration.interruptedApplies.first?.planID)
        #expect(driver.effects.contains(.forgetApply(planID: planID)))
        #expect(driver.state.overlay == nil)
    }
}
