import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

/// The matrix model: cells, drift per column, summaries, filters and sorts.
@Suite struct FleetMatrixTests {
    let matrix = MatrixFixtures.matrix()
    let datadog = MatrixFixtures.column(.datadog)
    let pagerDuty = MatrixFixtures.column(.pagerDuty)

    func cell(_ name: String, _ column: Int) -> MatrixCell {
        matrix.cell(matrix.row(of: MatrixFixtures.id(name)) ?? 0, column)
    }

    @Test func theColumnsAreTheCatalogsTenTypesInItsOrder() {
        #expect(matrix.types == IntegrationCatalog.entries.map(\.type))
        #expect(matrix.types.count == 10)
    }

    @Test func cellsSayWhatEachProjectHasOfEachType() throws {
        guard case .configured(let east) = cell("prod-east", pagerDuty) else {
            Issue.record("prod-east has PagerDuty")
            return
        }
        #expect(east.fingerprint.headline == "0022")
        #expect(east.fingerprint.qualifier == "EU")
        #expect(cell("staging", pagerDuty) == .missing(nil))
        #expect(cell("analytics", pagerDuty) == .failed(MatrixFixtures.forbidden))
        // Slack cannot be created here: missing says why, configured says so too.
        guard case .missing(let limitation?) = cell("prod-east", MatrixFixtures.column(.slack)) else {
            Issue.record("Slack's limitation is named")
            return
        }
        #expect(limitation == IntegrationCatalog.slack.limitation)
        guard case .configured(let slack) = cell("決済-本番", MatrixFixtures.column(.slack)) else {
            Issue.record("決済-本番 has Slack")
            return
        }
        #expect(slack.limitation != nil)
    }

    @Test func theOddDatadogKeyDiffersFromTheColumnsMostCommonValue() {
        guard case .configured(let odd) = cell("staging", datadog), case .configured(let usual) = cell("prod-east", datadog)
        else {
            Issue.record("Datadog is configured on both")
            return
        }
        #expect(odd.differs)
        #expect(!usual.differs)
        let summary = matrix.summary(datadog)
        #expect(summary.configured == 4)
        #expect(summary.read == 5, "the 403 project was not read")
        #expect(summary.variants == 2)
        #expect(summary.mostCommon?.headline == "a23c")
        #expect(summary.mostCommonCount == 3)
        #expect(summary.text() == "Datadog 4/5 · 2 variants")
        #expect(matrix.summary(pagerDuty).text() == "PagerDuty 3/5 · 1 variant")
        #expect(matrix.summary(MatrixFixtures.column(.hipChat)).text() == "HipChat 0/5")
    }

    @Test func aRegionAloneMakesAVariantAndClearFieldsCount() {
        var matrix = matrix
        matrix.setRead(MatrixFixtures.id("prod-west"), MatrixRead(
            .success([MatrixFixtures.pagerDuty("0022", region: "US")]), readAt: nil))
        let row = matrix.row(of: MatrixFixtures.id("prod-west")) ?? 0
        guard case .configured(let west) = matrix.cell(row, pagerDuty) else {
            Issue.record("configured")
            return
        }
        #expect(west.differs, "same key tail, other region")
        #expect(matrix.summary(pagerDuty).variants == 2)
    }

    @Test func aTieGoesToTheValueThatSortsFirstWhateverTheOrderRowsArrived() {
        var forward = FleetMatrix(projects: Array(MatrixFixtures.projects.prefix(2)), organizationNames: [:])
        var backward = forward
        let east = MatrixFixtures.id("prod-east"), west = MatrixFixtures.id("prod-west")
        let one = MatrixRead(.success([MatrixFixtures.datadog("bbbb")]), readAt: nil)
        let other = MatrixRead(.success([MatrixFixtures.datadog("aaaa")]), readAt: nil)
        forward.setRead(east, one)
        forward.setRead(west, other)
        backward.setRead(west, other)
        backward.setRead(east, one)
        #expect(forward.summary(datadog).mostCommon?.headline == "aaaa")
        #expect(backward.summary(datadog).mostCommon?.headline == "aaaa")
    }

    @Test func missingShowsExactlyTheProjectsReadWithoutOne() {
        var matrix = matrix
        matrix.setFilter(.missing(.pagerDuty))
        // Sanitized: the escape sequences are gone from the name.
        #expect(MatrixFixtures.names(matrix) == ["evilname", "staging"])
        matrix.setFilter(.missing(.datadog))
        #expect(MatrixFixtures.names(matrix) == ["evilname"])
    }

    @Test func differsShowsOnlyTheOddOnesAndFollowsTheTextFilter() {
        var matrix = matrix
        matrix.setFilter(.differs(.datadog))
        #expect(MatrixFixtures.names(matrix) == ["staging"])
        // Only the prod projects in scope: one value, nothing differs.
        matrix.setQuery("prod")
        #expect(MatrixFixtures.names(matrix).isEmpty)
        #expect(matrix.summary(datadog).text() == "Datadog 2/2 · 1 variant")
        matrix.setFilter(.none)
        #expect(MatrixFixtures.names(matrix) == ["prod-east", "prod-west"])
    }

    @Test func theTextFilterIgnoresCaseAndAccentsLikeThePickers() {
        var matrix = matrix
        matrix.setQuery("PROD-")
        #expect(MatrixFixtures.names(matrix) == ["prod-east", "prod-west"])
        matrix.setQuery("決済")
        #expect(MatrixFixtures.names(matrix) == ["決済-本番"])
        #expect(matrix.progress == MatrixProgress(total: 1, read: 1, failed: 0))
    }

    @Test func sortsByNameOrganizationOrMostMissingFirst() {
        var matrix = matrix
        #expect(MatrixFixtures.names(matrix) == ["analytics", "evilname", "prod-east", "prod-west", "staging", "決済-本番"])
        matrix.setSort(.organization)
        // "Acme, Corp" before "東京チーム"; by name within each.
        #expect(MatrixFixtures.names(matrix) == ["prod-east", "prod-west", "staging", "analytics", "evilname", "決済-本番"])
        matrix.setSort(.mostMissing)
        // Seven creatable types: evilname misses all, staging six, the
        // others five; the project that could not be read comes last.
        #expect(MatrixFixtures.names(matrix) == ["evilname", "staging", "prod-east", "prod-west", "決済-本番", "analytics"])
    }

    @Test func aRowChangingMovesTheCountsByThatRowOnly() {
        var matrix = matrix
        matrix.setRead(MatrixFixtures.id("staging"), MatrixRead(.success([MatrixFixtures.datadog("a23c")]), readAt: nil))
        #expect(matrix.summary(datadog).text() == "Datadog 4/5 · 1 variant")
        matrix.setRead(MatrixFixtures.id("staging"), nil)
        #expect(matrix.summary(datadog).text() == "Datadog 3/4 · 1 variant")
        #expect(matrix.cell(matrix.row(of: MatrixFixtures.id("staging")) ?? 0, datadog) == .unread)
        #expect(matrix.progress == MatrixProgress(total: 6, read: 4, failed: 1))
        #expect(matrix.unreadInScope == [MatrixFixtures.id("staging")])
    }

    @Test func bulkReadsGiveTheSameMatrixAsOneByOne() {
        var bulk = FleetMatrix(projects: MatrixFixtures.projects, organizationNames: MatrixFixtures.organizations)
        bulk.setReads(MatrixFixtures.reads.mapValues { MatrixRead($0, readAt: MatrixFixtures.readAt) })
        #expect(bulk.visibleRows == matrix.visibleRows)
        for row in matrix.projects.indices {
            for column in matrix.types.indices { #expect(bulk.cell(row, column) == matrix.cell(row, column)) }
        }
        for column in matrix.types.indices { #expect(bulk.summary(column) == matrix.summary(column)) }
    }

    @Test func theShortCellFitsItsWidthAndMarksADifference() {
        let odd = cell("staging", datadog)
        #expect(MatrixCellText.short(odd, width: 5) == "9999*")
        #expect(MatrixCellText.short(odd, width: 8) == "9999*")
        #expect(MatrixCellText.short(odd, width: 9) == "9999 US3*")
        #expect(MatrixCellText.short(cell("prod-east", pagerDuty), width: 7) == "0022 EU")
        #expect(MatrixCellText.short(cell("staging", pagerDuty), width: 5) == "-")
        #expect(MatrixCellText.short(cell("staging", MatrixFixtures.column(.newRelic)), width: 5) == "n/a")
        #expect(MatrixCellText.short(cell("analytics", pagerDuty), width: 5) == "403")
        #expect(MatrixCellText.full(odd) == "API key ****9999 · region US3")
    }
}
