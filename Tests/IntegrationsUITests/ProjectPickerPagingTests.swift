import AtlasAdmin
import Testing
@testable import IntegrationsUI

/// One organization's projects arriving 500 at a time: rows show from the
/// first page, and nothing the operator did moves as more arrive.
@Suite struct ProjectPickerPagingTests {
    static let total = 2_000

    static func page(_ number: Int, size: Int = 500) -> [Project] {
        ((number - 1) * size..<number * size).map { index in
            Project(id: "p\(index)", name: "service-" + Self.padded(index), orgID: "big")
        }
    }

    static func padded(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The picker over one large organization, its load started.
    private func loading() throws -> (AppDriver, RequestID) {
        var driver = AppDriver(width: 100)
        driver.answerOrganizations([Organization(id: "big", name: "Big Org")])
        let id = try #require(driver.projectsRequest(for: "big"))
        return (driver, id)
    }

    private func sendPage(_ driver: inout AppDriver, _ id: RequestID, _ number: Int) {
        driver.send(.projectsPageLoaded(id, projects: Self.page(number), loaded: number * 500, total: Self.total, isComplete: false))
    }

    /// The text of the highlighted row.
    private func selectedRow(_ driver: AppDriver) -> String? {
        driver.frame.rows.first { row in row.contains { $0.role == .selection } }
            .map { $0.map(\.text).joined() }
    }

    @Test func rowsAppearWithTheFirstPageWhileTheRestLoad() throws {
        var (driver, id) = try loading()
        #expect(driver.text.contains("Loading projects"))
        sendPage(&driver, id, 1)
        #expect(driver.rows().contains { $0.contains("service-0000") && $0.contains("Big Org") })
        #expect(driver.text.contains("500 projects"))
        #expect(driver.text.contains("loading 500 of 2,000"))
        sendPage(&driver, id, 2)
        #expect(driver.text.contains("1,000 projects"))
        #expect(driver.text.contains("loading 1,000 of 2,000"))
        driver.send(.projectsPageLoaded(id, projects: [], loaded: Self.total, total: Self.total, isComplete: true))
        #expect(!driver.text.contains("loading"))
        #expect(driver.text.contains("1,000 projects"))
    }

    @Test func theSelectedProjectStaysSelectedAsPagesAppend() throws {
        var (driver, id) = try loading()
        sendPage(&driver, id, 1)
        driver.press(.down, times: 3)
        #expect(selectedRow(driver)?.contains("service-0003") == true)
        let before = driver.rows().filter { $0.contains("service-") }
        sendPage(&driver, id, 2)
        sendPage(&driver, id, 3)
        #expect(selectedRow(driver)?.contains("service-0003") == true)
        // The rows on screen did not move either (only the counts changed).
        #expect(driver.rows().filter { $0.contains("service-") } == before)
        driver.press(.enter)
        #expect(driver.lastIntegrationsRequest?.projectID == "p3")
    }

    @Test func aFilterTypedBeforeLaterPagesAppliesToThem() throws {
        var (driver, id) = try loading()
        sendPage(&driver, id, 1)
        driver.type("service-07")
        #expect(driver.text.contains("0 of 500"))
        #expect(driver.text.contains("No project name contains “service-07”"))
        sendPage(&driver, id, 2) // service-0500 … service-0999
        #expect(driver.text.contains("100 of 1,000"))
        let shown = driver.rows().filter { $0.contains("service-") }
        #expect(!shown.isEmpty && shown.allSatisfy { $0.contains("service-07") })
        #expect(selectedRow(driver)?.contains("service-0700") == true)
        driver.press(.down, times: 2)
        sendPage(&driver, id, 3)
        sendPage(&driver, id, 4)
        #expect(driver.text.contains("100 of 2,000"))
        #expect(selectedRow(driver)?.contains("service-0702") == true)
        #expect(driver.text.contains("Filter: service-07"))
    }

    @Test func aMatchSelectedBeforeMoreMatchesArriveStaysSelected() throws {
        var (driver, id) = try loading()
        sendPage(&driver, id, 1)
        driver.type("-01")
        driver.press(.down, times: 5)
        #expect(selectedRow(driver)?.contains("service-0105") == true)
        let late = (0..<100).map { Project(id: "late\($0)", name: "late-01-\($0)", orgID: "big") }
        driver.send(.projectsPageLoaded(id, projects: late, loaded: 600, total: 600, isComplete: false))
        #expect(driver.text.contains("200 of 600"))
        #expect(driver.rows().contains { $0.contains("service-0100") })
        #expect(selectedRow(driver)?.contains("service-0105") == true)
    }

    @Test func aFailureMidListKeepsTheRowsAndSaysTheListIsIncomplete() throws {
        var (driver, id) = try loading()
        sendPage(&driver, id, 1)
        sendPage(&driver, id, 2)
        driver.press(.down)
        driver.send(.failed(id, Fixtures.apiError(503, "SERVICE_UNAVAILABLE", "Service Unavailable")))
        #expect(driver.rows().contains { $0.contains("service-0000") })
        #expect(driver.text.contains("1,000 projects, list incomplete"))
        #expect(!driver.text.contains("loading"))
        let banner = driver.state.picker.banner?.text ?? ""
        #expect(banner.contains("503 SERVICE_UNAVAILABLE"))
        #expect(banner.contains("The list is incomplete: 1,000 of 2,000 projects of “Big Org” arrived."))
        #expect(banner.contains("Ctrl-R reloads"))
        #expect(selectedRow(driver)?.contains("service-0001") == true)
        // Reloading starts over, and a complete list is no longer marked.
        driver.press(.control("r"))
        driver.answerOrganizations([Organization(id: "big", name: "Big Org")])
        let again = try #require(driver.projectsRequest(for: "big"))
        driver.send(.projectsPageLoaded(again, projects: Self.page(1), loaded: 500, total: 500, isComplete: false))
        driver.send(.projectsPageLoaded(again, projects: [], loaded: 500, total: 500, isComplete: true))
        #expect(driver.text.contains("500 projects"))
        #expect(!driver.text.contains("incomplete"))
    }

    /// Page 2 of every organization fails: the banner counts and names the
    /// incomplete organizations and sums what arrived, instead of blaming
    /// the last one to fail.
    @Test func whenSeveralOrganizationsFailTheBannerCountsAndNamesThem() throws {
        var driver = AppDriver(width: 100)
        let organizations = (1...5).map { Organization(id: "o\($0)", name: "large-org-\($0)") }
        driver.answerOrganizations(organizations)
        for organization in organizations {
            let id = try #require(driver.projectsRequest(for: organization.id))
            let rows = (0..<500).map { Project(id: "\(organization.id)-\($0)", name: "\(organization.name)-p\($0)", orgID: organization.id) }
            driver.send(.projectsPageLoaded(id, projects: rows, loaded: 500, total: 600, isComplete: false))
            driver.send(.failed(id, Fixtures.apiError(500, "UNEXPECTED_ERROR", "Unexpected error.")))
        }
        #expect(driver.text.contains("2,500 projects, list incomplete"))
        let banner = driver.state.picker.banner?.text ?? ""
        #expect(banner.contains("Listing the projects of 5 organizations (“large-org-1”, “large-org-2”, “large-org-3” and 2 more) failed"), "\(banner)")
        #expect(banner.contains("The list is incomplete: 2,500 of 3,000 projects of these organizations arrived."), "\(banner)")
        #expect(!banner.contains("500 of 600"), "no single organization is blamed")
        // A reload starts the count over.
        driver.press(.control("r"))
        #expect(driver.state.picker.failedLoads.isEmpty)
    }

    @Test func aFailureBeforeAnyRowIsNotCalledIncomplete() throws {
        var (driver, id) = try loading()
        driver.send(.failed(id, Fixtures.apiError(503, "SERVICE_UNAVAILABLE", "Service Unavailable")))
        #expect(driver.text.contains("503 SERVICE_UNAVAILABLE"))
        #expect(!driver.text.contains("incomplete"))
    }

    /// A count that waited behind another organization's pages never moves
    /// the progress figure backwards.
    @Test func aLateCountDoesNotMoveProgressBackwards() throws {
        var (driver, id) = try loading()
        driver.send(.projectsPageLoaded(id, projects: [], loaded: 1_500, total: Self.total, isComplete: false))
        driver.send(.projectsPageLoaded(id, projects: Self.page(1), loaded: 500, total: Self.total, isComplete: false))
        #expect(driver.text.contains("loading 1,500 of 2,000"))
        #expect(driver.text.contains("500 projects"))
    }
}
