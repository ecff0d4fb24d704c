import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct IntegrationsMenuTests {
    @Test func listsTheTenKindsWithTheirState() throws {
        var driver = AppDriver()
        driver.openProject()
        let rows = driver.rows()
        func row(_ name: String) throws -> String { try #require(rows.first { $0.contains(name) }) }
        #expect(try row("PagerDuty").contains("configured"))
        #expect(try row("PagerDuty").contains("****0022"))
        #expect(try row("PagerDuty").contains("EU"))
        #expect(try row("Datadog").contains("****a23c"))
        #expect(try row("Datadog").contains("US3"))
        #expect(try row("Opsgenie").contains("not configured"))
        #expect(try row("VictorOps").contains("not configured"))
        #expect(try row("Webhook").contains("not configured"))
        #expect(try row("Microsoft Teams").contains("not configured"))
        #expect(try row("Prometheus").contains("not configured"))
        #expect(try row("Slack").contains("configured"))
        #expect(try row("Slack").contains("channel alerts"))
        #expect(try row("New Relic").contains("deprecated"))
        #expect(try row("HipChat").contains("not supported"))
    }

    @Test func unconfiguredSlackSaysItIsCreatedInTheAtlasUI() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        #expect(driver.rows().contains { $0.contains("Slack") && $0.contains("create in the Atlas UI only (OAuth2)") })
        driver.selectRow(.slack)
        driver.press(.enter)
        #expect(driver.state.route == .menu)
        #expect(driver.text.contains("OAuth2"))
    }

    @Test func selectedKindIsExplainedInOneLine() {
        var driver = AppDriver()
        driver.openProject()
        #expect(driver.rows()[22].contains("Sends Atlas alerts to a PagerDuty service. Enter edits it."))
        driver.press(.down, times: 8)
        #expect(driver.rows()[22].contains("Deprecated"))
    }

    @Test func unknownKindsFromAtlasAreListedToo() {
        var driver = AppDriver()
        driver.openProject(integrations: [Integration(type: IntegrationType(rawValue: "DATADOG_LOGS"), id: "z", fields: [:])])
        #expect(driver.rows().contains { $0.contains("DATADOG_LOGS") && $0.contains("unknown kind") })
    }

    @Test func deleteAsksFirstNamingProjectAndType() throws {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("d"))
        let text = driver.text
        #expect(text.contains("Delete PagerDuty?"))
        #expect(text.contains("production-east"))
        #expect(driver.lastDelete == nil)
        driver.press(.character("n"))
        #expect(driver.lastDelete == nil)
        #expect(!driver.text.contains("Delete PagerDuty?"))
        driver.press(.character("d"))
        driver.press(.enter) // the default button is the safe one
        #expect(driver.lastDelete == nil)
        driver.press(.character("d"))
        driver.press(.character("y"))
        let delete = try #require(driver.lastDelete)
        #expect(delete.type == .pagerDuty)
        #expect(delete.projectID == "5f1a00000000000000000001")
        #expect(driver.text.contains("Deleting"))
        driver.send(.deleted(delete.id))
        #expect(driver.text.contains("Deleted PagerDuty from “production-east”"))
        #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("not configured") })
        #expect(driver.lastIntegrationsRequest?.id ?? RequestID(0) > delete.id) // refreshed
    }

    @Test func deleteFailureIsShownWithTheCode() throws {
        var driver = AppDriver()
        driver.openProject()
        driver.openForm(.pagerDuty)
        driver.press(.escape)
        driver.press(.character("d"))
        driver.press(.character("y"))
        let delete = try #require(driver.lastDelete)
        driver.send(.failed(delete.id, Fixtures.apiError(400, "WEBHOOK_NOTIFICATIONS_PRESENT", "Webhook settings cannot be deleted when notifications for this integration are present.")))
        #expect(driver.text.contains("400 WEBHOOK_NOTIFICATIONS_PRESENT"))
        #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("configured") })
    }

    /// A delete whose answer was lost is read back: gone means deleted,
    /// still there means not deleted; nothing is guessed.
    @Test(arguments: [true, false])
    func aDeleteWithALostAnswerIsReadBack(applied: Bool) throws {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("d"))
        driver.press(.character("y"))
        let delete = try #require(driver.lastDelete)
        driver.send(.failed(delete.id, .transport(TransportFailure(kind: .reset, detail: ""))))
        let read = try #require(driver.lastReadBack)
        #expect(read.type == .pagerDuty)
        #expect(driver.text.contains("Checking whether Atlas deleted PagerDuty"))
        driver.send(.integrationRead(read.id, applied ? nil : Fixtures.pagerDuty))
        if applied {
            #expect(driver.text.contains("Deleted PagerDuty from “production-east” (confirmed by reading it back)"))
            #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("not configured") })
        } else {
            #expect(driver.text.contains("Not deleted (checked by reading it back)"))
            #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("✔ configured") })
        }
        #expect(driver.lastDelete?.id == delete.id, "the delete is not repeated")
    }

    @Test func deleteDoesNothingOnAKindThatIsNotConfigured() {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.down, times: 2) // Opsgenie
        driver.press(.character("d"))
        #expect(driver.state.overlay == nil)
        #expect(!driver.footer.contains("d delete"))
    }

    @Test func rRefreshesAndEscGoesBackKeepingTheFilter() throws {
        var driver = AppDriver()
        driver.openProject()
        let before = try #require(driver.lastIntegrationsRequest).id
        driver.press(.character("r"))
        let after = try #require(driver.lastIntegrationsRequest).id
        #expect(after > before)
        #expect(driver.text.contains("Refreshing"))
        driver.press(.escape)
        #expect(driver.state.route == .picker)
        #expect(driver.effects.contains(.cancel(after)))
        #expect(driver.text.contains("Filter: production-east"))
    }

    @Test func resultsForAProjectNoLongerShownAreIgnored() throws {
        var driver = AppDriver()
        driver.loadPicker()
        driver.type("staging")
        driver.press(.enter)
        let stale = try #require(driver.lastIntegrationsRequest)
        driver.press(.escape)
        driver.press(.escape)
        driver.type("production")
        driver.press(.enter)
        driver.send(.integrationsLoaded(stale.id, [Fixtures.webhook]))
        #expect(!driver.rows().contains { $0.contains("Webhook") && $0.contains("configured") && !$0.contains("not") })
        driver.answerIntegrations()
        #expect(driver.rows().contains { $0.contains("PagerDuty") && $0.contains("****0022") })
    }

    @Test func listingErrorOffersRetry() throws {
        var driver = AppDriver()
        driver.loadPicker()
        driver.press(.enter)
        let request = try #require(driver.lastIntegrationsRequest)
        driver.send(.failed(request.id, .transport(TransportFailure(kind: .timeout, detail: ""))))
        #expect(driver.text.contains("Atlas did not answer in time"))
        #expect(driver.text.contains("Press r to retry"))
        driver.press(.character("r"))
        #expect(try #require(driver.lastIntegrationsRequest).id > request.id)
    }

    @Test func startProjectOpensTheMenuDirectly() throws {
        var driver = AppDriver(Fixtures.configuration(startProjectID: "5f1a00000000000000000009"))
        #expect(driver.state.route == .menu)
        let projectRequest = try #require(driver.last { if case .loadProject(let id, let project) = $0 { (id, project) } else { nil } })
        #expect(projectRequest.1 == "5f1a00000000000000000009")
        #expect(driver.lastIntegrationsRequest?.projectID == "5f1a00000000000000000009")
        driver.send(.projectLoaded(projectRequest.0, Project(id: "5f1a00000000000000000009", name: "direct", orgID: "org1")))
        #expect(driver.rows()[2].contains("direct"))
        driver.press(.escape)
        #expect(driver.state.route == .picker)
    }

    @Test func startProjectThatDoesNotExistIsExplained() throws {
        var driver = AppDriver(Fixtures.configuration(startProjectID: "nope"))
        let projectRequest = try #require(driver.last { if case .loadProject(let id, _) = $0 { id } else { nil } })
        driver.send(.failed(projectRequest, Fixtures.apiError(401, "NOT_IN_GROUP", "The current user is not in the group, or the group does not exist.")))
        #expect(driver.text.contains("401 NOT_IN_GROUP"))
        #expect(driver.text.contains("Esc goes to the project list"))
    }

    /// After the project's integrations failed to load, nothing is loading:
    /// Enter on a type does not say so, keeps the real error on screen, and
    /// the footer no longer offers to open anything.
    @Test func enterAfterAFailedLoadKeepsTheErrorAndSaysNothingIsLoading() throws {
        let projectID = "5f1a00000000000000000009"
        var driver = AppDriver(Fixtures.configuration(startProjectID: projectID))
        let projectRequest = try #require(driver.last { if case .loadProject(let id, _) = $0 { id } else { nil } })
        let integrationsRequest = try #require(driver.lastIntegrationsRequest?.id)
        let notInGroup = Fixtures.apiError(401, "NOT_IN_GROUP", "The current user is not in the group, or the group does not exist.")
        driver.send(.failed(projectRequest, notInGroup))
        driver.send(.failed(integrationsRequest, notInGroup))
        #expect(!driver.footer.contains("enter open"))
        driver.press(.enter)
        #expect(driver.state.route == .menu)
        #expect(!driver.text.contains("Still loading"), "nothing is loading")
        #expect(driver.text.contains("401 NOT_IN_GROUP"), "the real error stays")
        #expect(driver.text.contains("No form opens without the project's integrations"))
        // While a load does run, the footer says so in the help, and Enter says it is loading.
        driver.press(.character("r"))
        driver.press(.enter)
        #expect(driver.text.contains("Still loading"))
        let reload = try #require(driver.lastIntegrationsRequest?.id)
        driver.send(.integrationsLoaded(reload, []))
        #expect(driver.footer.contains("enter open"))
    }
}

extension AppDriver {
    var footer: String { rows().last ?? "" }
}
