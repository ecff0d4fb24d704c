import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

extension AppDriver {
    /// The latest matrix load asked for.
    var lastMatrixLoad: (id: RequestID, projectIDs: [String])? {
        last { if case .loadMatrixRows(let id, let ids) = $0 { (id, ids) } else { nil } }
    }

    var matrixLoads: [(id: RequestID, projectIDs: [String])] {
        effects.compactMap { if case .loadMatrixRows(let id, let ids) = $0 { (id, ids) } else { nil } }
    }

    /// Answers every project of the latest load from `reads` (a project
    /// not in it has no integrations), then says the load finished; an
    /// issue is recorded where the test called it if no load is waiting.
    mutating func answerMatrix(_ reads: [String: Result<[Integration], AtlasError>], at date: Date = MatrixFixtures.readAt,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(lastMatrixLoad?.id, "the matrix's rows", sourceLocation),
              let load = matrixLoads.last(where: { $0.id == id })
        else { return }
        for id in load.projectIDs {
            send(.matrixRows(load.id, .read(projectID: id, reads[id] ?? .success([]), at: date)))
        }
        send(.matrixRows(load.id, .finished))
    }

    /// The picker with the matrix fixtures' projects, loaded.
    mutating func loadMatrixPicker(projects: [Project] = MatrixFixtures.projects) {
        answerOrganizations([Organization(id: "org1", name: "Acme, Corp"), Organization(id: "org2", name: "東京チーム")])
        answerProjects("org1", projects.filter { $0.orgID == "org1" })
        answerProjects("org2", projects.filter { $0.orgID == "org2" })
    }

    /// The row of `name` on screen (selected or not), or "".
    func matrixRow(_ name: String) -> String {
        rows().first { ($0.hasPrefix("  ") || $0.hasPrefix("› ")) && $0.dropFirst(2).hasPrefix(name) } ?? ""
    }
}

/// The matrix screen driven with keys and service results, read as text.
@Suite struct MatrixScreenTests {
    static func openedMatrix(width: Int = 80, height: Int = 24) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.loadMatrixPicker()
        driver.press(.control("t"))
        driver.answerMatrix(MatrixFixtures.reads)
        return driver
    }

    @Test func ctrlTOnThePickerIsInTheFooterAndOpensTheMatrixOverTheFilteredProjects() throws {
        var driver = AppDriver()
        driver.loadMatrixPicker()
        #expect(driver.rows()[23].contains("ctrl+t matrix"))
        driver.type("prod")
        driver.press(.control("t"))
        #expect(driver.state.route == .matrix)
        let load = try #require(driver.lastMatrixLoad)
        #expect(Set(load.projectIDs) == [MatrixFixtures.id("prod-east"), MatrixFixtures.id("prod-west")])
        #expect(driver.rows()[1].contains("Matrix of the filter “prod”"))
        // Not read yet: the cells say so.
        #expect(driver.matrixRow("prod-east").contains("…"))
        #expect(driver.text.contains("integrations of 0/2 projects"))
    }

    @Test func cellsShowTailsMissingNotCreatableAndForbiddenAt80x24() {
        let driver = Self.openedMatrix()
        let rows = driver.rows()
        #expect(rows.count == 24)
        #expect(rows[4].contains("PgDty Ddog  OpsG  VicOp Hook  Teams Prom  Slack NRlic HipCh"))
        let east = driver.matrixRow("prod-east")
        #expect(east.contains("0022  a23c  -"))
        #expect(east.trimmingCharacters(in: .whitespaces).hasSuffix("n/a   n/a   n/a"))
        #expect(driver.matrixRow("staging").contains("-     9999*"))
        #expect(driver.matrixRow("決済-本番").contains("9abc"), "its Slack's tail")
        #expect(driver.matrixRow("analytics").contains("403   403"))
        #expect(driver.matrixRow("evilname").contains("-     -     -"))
        #expect(!driver.text.contains("\u{1B}"))
        #expect(driver.text.contains("integrations of 6/6 projects · 1 failed · "))
        #expect(driver.text.contains(" · r retries failed"))
        #expect(rows.contains { $0.hasPrefix("  configured") && $0.contains("3     4") })
        #expect(rows.contains { $0.hasPrefix("  variants") && $0.contains("1     2") })
    }

    @Test func theFocusedCellIsShownInFullAndItsColumnSummarised() {
        var driver = Self.openedMatrix()
        // analytics, evilname, prod-east… by name; go to staging's Datadog.
        driver.press(.down, times: 4)
        driver.press(.right)
        let rows = driver.rows()
        #expect(rows[20].contains("staging (Acme, Corp) · Datadog · read "))
        #expect(rows[21].contains("API key ****9999 · region US3 · differs from the most common (3 projects)"))
        #expect(rows[22].contains("Datadog 4/5 · 2 variants · most common a23c US3 (3)"))
        driver.press(.up)
        #expect(driver.rows()[20].contains("prod-west (Acme, Corp) · Datadog"))
        #expect(driver.rows()[21].contains("API key ****a23c · region US3 · the most common"))
        driver.press(.left, times: 3)
        #expect(driver.rows()[22].contains("PagerDuty 3/5 · 1 variant"))
    }

    @Test func mShowsThoseMissingTheFocusedTypeAndDThoseThatDiffer() {
        var driver = Self.openedMatrix()
        driver.press(.character("m"))
        #expect(driver.text.contains("2 of 6 projects · missing PagerDuty"))
        #expect(driver.matrixRow("evilname") != "")
        #expect(driver.matrixRow("staging") != "")
        #expect(driver.matrixRow("prod-east") == "")
        driver.press(.character("m"))
        #expect(driver.matrixRow("prod-east") != "")
        driver.press(.right)
        driver.press(.character("d"))
        #expect(driver.text.contains("1 of 6 projects · differs in Datadog"))
        #expect(driver.matrixRow("staging").contains("9999*"))
        #expect(driver.matrixRow("prod-east") == "")
        // The text filter still applies.
        driver.press(.character("/"))
        driver.type("prod")
        #expect(driver.text.contains("No project is differs in Datadog") || driver.text.contains("0 of 2 projects"))
        driver.press(.escape)
        #expect(driver.matrixRow("staging") != "")
    }

    @Test func lettersTypedIntoTheFilterAreTextNotCommands() {
        var driver = Self.openedMatrix()
        driver.press(.character("/"))
        driver.type("mdq?")
        #expect(driver.state.route == .matrix)
        #expect(!driver.quitRequested, "q in the filter is a letter")
        #expect(driver.state.overlay == nil, "? in the filter is a letter, not help")
        #expect(!driver.text.contains("missing PagerDuty"))
        #expect(driver.rows()[2].contains("Filter: mdq?"))
        #expect(driver.state.matrix?.matrix.query == "mdq?")
        driver.press(.enter)
        driver.press(.character("q"))
        #expect(driver.quitRequested)
    }

    /// `*` marks every row the filter shows; the marks outlive the filter
    /// and the filter line counts them; `*` again on rows all marked
    /// unmarks just those.
    @Test func starMarksEveryRowShownAndTheMarksSurviveFiltering() throws {
        var driver = Self.openedMatrix()
        driver.press(.character("/"))
        driver.type("prod")
        driver.press(.enter)
        driver.press(.character("*"))
        let marked = try #require(driver.state.matrix?.marked)
        #expect(marked == [MatrixFixtures.id("prod-east"), MatrixFixtures.id("prod-west")])
        #expect(driver.rows()[2].contains("2 marked"))
        driver.press(.character("/"))
        driver.press(.escape) // clears the filter: every project shown again
        #expect(driver.state.matrix?.marked.count == 2)
        #expect(driver.rows()[2].contains("6 projects"))
        #expect(driver.rows()[2].contains("2 marked"))
        driver.press(.character("*"))
        #expect(driver.state.matrix?.marked.count == 6, "not all shown were marked: * marks them all")
        driver.press(.character("*"))
        #expect(driver.state.matrix?.marked.isEmpty == true)
        #expect(!driver.rows()[2].contains("marked"))
    }

    /// A paste of several lines into the filter keeps the first and says
    /// the rest was dropped, as a form field does, instead of dropping it
    /// without a word.
    @Test func aPasteOfSeveralLinesIntoTheFilterSaysTheRestWasDropped() {
        var driver = Self.openedMatrix()
        driver.press(.character("/"))
        driver.paste("prod\nstaging\n")
        #expect(driver.rows()[2].contains("Filter: prod"))
        #expect(driver.state.matrix?.matrix.query == "prod")
        let notice = "Pasted 2 lines into a one-line field: kept the first, dropped the other."
        #expect(driver.text.contains(notice), "\(driver.text)")
        #expect(driver.matrixRow("prod-east").contains("0022"), "the rows still show under the notice")
        driver.type("-")
        #expect(!driver.text.contains(notice), "the notice lasts until the next key")
        // Pasted with the keys on the matrix: the paste goes to the filter too.
        driver.press(.escape)
        driver.paste("a\nb\nc")
        #expect(driver.text.contains("Pasted 3 lines into a one-line field: kept the first, dropped the other 2."))
    }

    @Test func sCyclesTheSortAndTheCursorStaysOnItsProject() {
        var driver = Self.openedMatrix()
        driver.press(.down, times: 4)
        #expect(driver.matrixRow("staging").hasPrefix("›"))
        driver.press(.character("s"))
        #expect(driver.text.contains("sort: organization"))
        driver.press(.character("s"))
        #expect(driver.text.contains("sort: most missing first"))
        #expect(driver.matrixRow("staging").hasPrefix("›"))
        let order = driver.rows().compactMap { row -> String? in
            ["evilname", "staging", "prod-east", "analytics"].first { row.dropFirst(2).hasPrefix($0) }
        }
        #expect(order == ["evilname", "staging", "prod-east", "analytics"])
    }

    @Test func enterOpensTheCellsFormAndASaveUpdatesTheCellAndComesBack() throws {
        var driver = Self.openedMatrix()
        driver.press(.down, times: 4) // staging, PagerDuty: not configured
        driver.press(.enter)
        #expect(driver.state.route == .form)
        #expect(driver.rows()[1].contains("PagerDuty (new)"))
        driver.type("0123456789abcdef0123456789ab7777")
        driver.press(.control("s"))
        let save = try #require(driver.lastSave)
        #expect(save.projectID == MatrixFixtures.id("staging"))
        #expect(!save.isUpdate)
        driver.send(.saved(save.id, [MatrixFixtures.pagerDuty("7777", region: "US")]))
        #expect(driver.state.route == .matrix)
        #expect(driver.text.contains("Created PagerDuty on “staging”"))
        #expect(driver.matrixRow("staging").contains("7777*"), "a new tail, unlike the others' 0022")
        // The menu's fresh read lands in the cell too.
        let refresh = try #require(driver.lastIntegrationsRequest)
        #expect(refresh.projectID == MatrixFixtures.id("staging"))
        driver.send(.integrationsLoaded(refresh.id, [MatrixFixtures.pagerDuty("0022"), MatrixFixtures.datadog("9999")]))
        #expect(driver.matrixRow("staging").contains("0022  9999*"))
        #expect(driver.rows()[20].contains("updated from the project's menu"))
    }

    @Test func escFromACellsFormGoesBackToTheMatrixAndEscFromTheMatrixToThePicker() {
        var driver = Self.openedMatrix()
        driver.press(.down, times: 2)
        driver.press(.enter)
        #expect(driver.rows()[1].contains("PagerDuty (edit)"))
        driver.press(.escape)
        #expect(driver.state.route == .matrix)
        driver.press(.escape)
        #expect(driver.state.route == .picker)
    }

    @Test func aProjectThatCouldNotBeReadSaysWhyAndROffersToReadItAgain() throws {
        var driver = Self.openedMatrix()
        driver.press(.enter) // analytics: 403
        #expect(driver.state.route == .matrix)
        #expect(driver.text.contains("“analytics” could not be read."))
        #expect(driver.text.contains("403 RESOURCE_REQUIRES_WHITELIST"))
        driver.press(.down, times: 2) // prod-east
        driver.press(.character("r"))
        let again = try #require(driver.lastMatrixLoad)
        #expect(again.projectIDs == [MatrixFixtures.id("prod-east"), MatrixFixtures.id("analytics")])
        driver.press(.character("R"))
        #expect(Set(driver.lastMatrixLoad?.projectIDs ?? []) == Set(MatrixFixtures.projects.map(\.id)))
    }

    /// Reads already on their way when the 429 came still arrive; the wait
    /// stays on screen until a read arrives after it is over.
    @Test func aRateLimitWaitIsShownUntilAReadArrivesAfterIt() throws {
        var driver = AppDriver()
        driver.loadMatrixPicker()
        driver.press(.control("t"))
        let load = try #require(driver.lastMatrixLoad)
        let until = MatrixFixtures.readAt.addingTimeInterval(55)
        driver.send(.matrixRows(load.id, .waiting(seconds: 55, until: until)))
        #expect(driver.text.contains("integrations of 0/6 projects · Atlas asked to wait 55 s (rate limit)"))
        #expect(driver.state.wantsTicks)
        driver.send(.matrixRows(load.id, .read(projectID: load.projectIDs[0], .success([]), at: MatrixFixtures.readAt)))
        #expect(driver.text.contains("integrations of 1/6 projects · Atlas asked to wait 55 s (rate limit)"))
        driver.send(.matrixRows(load.id, .read(projectID: load.projectIDs[1], .success([]), at: until.addingTimeInterval(0.2))))
        #expect(!driver.text.contains("asked to wait"))
        #expect(driver.text.contains("integrations of 2/6 projects"))
    }

    @Test func leavingKeepsTheReadsAndReopeningReadsNothingAgain() {
        var driver = Self.openedMatrix()
        let loads = driver.matrixLoads.count
        driver.press(.escape)
        driver.press(.control("t"))
        driver.send(.clock(MatrixFixtures.readAt.addingTimeInterval(5)))
        #expect(driver.matrixLoads.count == loads)
        #expect(driver.matrixRow("staging").contains("9999*"))
        #expect(driver.text.contains("integrations of 6/6 projects · 1 failed · read just now · r retries failed"))
    }

    /// The cache says how old it is against the time the app is told, and
    /// the age moves with that time without a key or a re-read.
    @Test func readsAreShownWithTheirAgeAsTheClockMoves() {
        var driver = Self.openedMatrix()
        let readAt = MatrixFixtures.readAt
        #expect(driver.state.wantsClock, "the matrix asks for the time")
        driver.send(.clock(readAt.addingTimeInterval(20)))
        driver.press(.down, times: 4)
        #expect(driver.rows()[20].contains("staging (Acme, Corp) · PagerDuty · read just now"))
        #expect(driver.rows()[3].contains("· read just now · r retries failed"))
        driver.send(.clock(readAt.addingTimeInterval(3 * 60 + 5)))
        #expect(driver.rows()[20].contains("· read 3 min ago"))
        #expect(driver.rows()[3].contains("1 failed · oldest 3 min ago · r retries"))
        driver.send(.clock(readAt.addingTimeInterval(2 * 3_600 + 59)))
        #expect(driver.rows()[20].contains("· read 2 h ago"))
        driver.send(.clock(readAt.addingTimeInterval(3 * 86_400)))
        #expect(driver.rows()[20].contains("· read 3 d ago"))
        #expect(driver.text.range(of: #"\d\d:\d\d"#, options: .regularExpression) == nil, "no clock time:\n\(driver.text)")

        // A row read again is young; the oldest is what the progress line says.
        driver.press(.character("r"))
        let again = driver.lastMatrixLoad
        let later = readAt.addingTimeInterval(3 * 86_400)
        driver.send(.matrixRows(again!.id, .read(projectID: MatrixFixtures.id("staging"),
                                                 MatrixFixtures.reads[MatrixFixtures.id("staging")]!, at: later)))
        driver.send(.matrixRows(again!.id, .finished))
        #expect(driver.rows()[20].contains("· read just now"))
        #expect(driver.rows()[3].contains("1 failed · oldest 3 d ago · r retries"))

        driver.press(.escape)
        #expect(!driver.state.wantsClock, "no clock wanted where no age is shown")
    }

    /// A configured Slack (New Relic, HipChat) cell is marked in its five
    /// columns, drawn dim, and the detail line says, in the catalog's words,
    /// that it cannot be changed from here, beside its value.
    @Test func aConfiguredTypeThatCannotBeChangedHereIsMarkedAndTheDetailLineSaysSo() throws {
        var driver = Self.openedMatrix()
        let slackColumn = MatrixFixtures.column(.slack)
        let row = driver.matrixRow("決済-本番")
        #expect(row.contains("~9abc"), "\(row)")
        #expect(!driver.matrixRow("prod-east").contains("~"), "the others are not marked")
        // Dim, like the n/a cells, not the normal style of a changeable one.
        let spans = driver.frame.rows.flatMap { $0 }
        #expect(spans.filter { $0.text.contains("~9abc") }.map(\.role) == [.dim])
        #expect(spans.filter { $0.text.contains("0022") }.allSatisfy { $0.role == .normal })
        driver.press(.down, times: 5)
        driver.press(.right, times: slackColumn)
        let rows = driver.rows()
        #expect(rows[20].contains("決済-本番 (東京チーム) · Slack"))
        let limitation = try #require(IntegrationCatalog.entry(for: .slack).limitation)
        #expect(rows[21].trimmingCharacters(in: .whitespaces).hasSuffix("· \(limitation.whenConfigured)"), "\(rows[21])")
        #expect(rows[21].contains("API token ****9abc"))
        #expect(limitation.whenConfigured.contains("cannot be changed here"))
        // A changeable configured cell of the same row says nothing of the kind.
        driver.press(.left, times: slackColumn - MatrixFixtures.column(.datadog))
        #expect(!driver.rows()[21].contains("cannot be changed"))
        // The help says what the mark means.
        var tall = Self.openedMatrix(width: 100, height: 70)
        tall.press(.function(1))
        #expect(tall.text.contains("~ before a value: configured, but it"), "\(tall.text)")
    }

    /// Each limited type's words fit beside a short value at 80 columns.
    @Test func everyLimitedTypeSaysItCannotBeChangedHere() {
        for entry in IntegrationCatalog.entries {
            guard let limitation = entry.limitation else { continue }
            #expect(limitation.whenConfigured.contains("cannot be changed here"), "\(entry.type.rawValue)")
            #expect(DisplayWidth.of(limitation.whenConfigured) <= 40, "\(entry.type.rawValue)")
        }
    }

    @Test func escLeavesWhileRowsAreStillBeingReadAndTheyKeepArriving() throws {
        var driver = AppDriver()
        driver.loadMatrixPicker()
        driver.press(.control("t"))
        let load = try #require(driver.lastMatrixLoad)
        driver.press(.escape)
        #expect(driver.state.route == .picker)
        #expect(!driver.effects.contains(.cancel(load.id)), "Esc does not stop the reads")
        driver.answerMatrix(MatrixFixtures.reads)
        driver.press(.control("t"))
        #expect(driver.matrixRow("staging").contains("9999*"))
    }

    @Test func mInAMenuOpensTheMatrixOfTheProjectsOrganization() throws {
        var driver = AppDriver()
        driver.loadMatrixPicker()
        driver.type("staging")
        driver.press(.enter)
        driver.answerIntegrations([MatrixFixtures.datadog("9999")])
        driver.press(.character("m"))
        #expect(driver.state.route == .matrix)
        #expect(driver.rows()[1].contains("Matrix of organization “Acme, Corp”"))
        let load = try #require(driver.lastMatrixLoad)
        #expect(Set(load.projectIDs) == [MatrixFixtures.id("prod-east"), MatrixFixtures.id("prod-west")],
                "staging was read by its menu already")
        driver.answerMatrix(MatrixFixtures.reads)
        #expect(driver.text.contains("3 projects"))
        #expect(driver.matrixRow("analytics") == "")
        driver.press(.escape)
        #expect(driver.state.route == .menu)
        #expect(driver.text.contains("Project staging"))
    }

    @Test func theVisibleRowsAreReadFirstAndAPageMoveAsksForItsRowsFirst() throws {
        let many = (1...60).map { Project(id: String(format: "5f1b%020x", $0), name: String(format: "p-%02d", $0), orgID: "org1") }
        var driver = AppDriver()
        driver.loadMatrixPicker(projects: many)
        driver.press(.control("t"))
        let first = try #require(driver.lastMatrixLoad)
        #expect(first.projectIDs.count == 60)
        let firstPage = try #require(driver.state.matrix?.pageProjectIDs)
        #expect(firstPage.count == 13, "13 rows at 80×24")
        #expect(Array(first.projectIDs.prefix(13)) == Array(many.prefix(13).map(\.id)))
        driver.press(.end)
        let next = try #require(driver.lastMatrixLoad)
        #expect(next.id != first.id)
        let lastPage = try #require(driver.state.matrix?.pageProjectIDs)
        #expect(lastPage.last == many.last?.id)
        #expect(next.projectIDs == lastPage, "the rows now on screen go first")
        // Moving within the page asks for nothing more.
        let loads = driver.matrixLoads.count
        driver.press(.up)
        #expect(driver.matrixLoads.count == loads)
    }

    @Test func helpListsTheMatrixKeysAndWhatTheMarksMean() {
        var driver = Self.openedMatrix(width: 100, height: 40)
        driver.press(.character("?"))
        let text = driver.text
        #expect(text.contains("Help: matrix"))
        #expect(text.contains("missing"))
        #expect(text.contains("differs"))
        #expect(text.contains("re-read all"))
    }

    @Test func aWiderTerminalAddsTheRegionAndTheOrganization() {
        let driver = Self.openedMatrix(width: 140, height: 30)
        let east = driver.matrixRow("prod-east")
        #expect(east.contains("Acme, Corp"))
        #expect(east.contains("0022 EU"))
        #expect(driver.matrixRow("staging").contains("9999 US3*"))
        #expect(driver.rows()[4].contains("PagerDuty"))
    }

    @Test func readOnlySaysWhyNoFormOpensForAMissingType() {
        var driver = AppDriver(Fixtures.configuration(readOnly: true))
        driver.loadMatrixPicker()
        driver.press(.control("t"))
        driver.answerMatrix(MatrixFixtures.reads)
        driver.press(.down, times: 4) // staging's PagerDuty: none
        driver.press(.enter)
        #expect(driver.state.route == .matrix)
        #expect(driver.text.contains("Read-only mode"))
    }
}
