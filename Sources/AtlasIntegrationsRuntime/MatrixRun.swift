import AtlasAdmin
import Foundation
import IntegrationsUI
import Synchronization

/// The `matrix` command's work, also the `export` command's for an
/// organization: find the projects, read their integrations with the
/// TUI's loader (the same pacing of Atlas's rate limit), build the matrix.
///
/// Time is an input: the clock given to `run` or `read` paces the reads (a
/// 429's `Retry-After` is waited out on it) and `now` stamps each read, so
/// tests neither wait nor depend on the hour.
public struct MatrixRun: Sendable {
    public var organization: String?
    public var filter: String
    public var columnFilter: MatrixFilter
    public var sort: MatrixSort
    public var now: @Sendable () -> Date
    /// Told after every project's read how far the reads are, for a
    /// progress line; the reads never wait for it to return.
    public var progress: (@Sendable (MatrixProgress) -> Void)?

    public init(
        organization: String? = nil, filter: String = "", columnFilter: MatrixFilter = .none, sort: MatrixSort = .name,
        now: @escaping @Sendable () -> Date = { Date() },
        progress: (@Sendable (MatrixProgress) -> Void)? = nil
    ) {
        self.organization = organization
        self.filter = filter
        self.columnFilter = columnFilter
        self.sort = sort
        self.now = now
        self.progress = progress
    }

    /// The matrix of every chosen project, or why the projects could not be
    /// listed. A project whose integrations could not be read is a failed
    /// cell in the matrix, not a failure of the run.
    public func run(
        _ client: AtlasClient, clock: some Clock<Duration> = ContinuousClock()
    ) async -> Result<FleetMatrix, AtlasError> {
        do {
            let organizations = try await chosenOrganizations(client)
            var projects: [Project] = []
            for organization in organizations {
                projects += try await client.listProjects(orgID: organization.id)
            }
            var matrix = FleetMatrix(
                projects: projects,
                organizationNames: Dictionary(organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                query: filter)
            matrix.setReads(await read(matrix.unreadInScope, client, clock: clock))
            matrix.setSort(sort)
            matrix.setFilter(columnFilter)
            return .success(matrix)
        } catch {
            return .failure(error)
        }
    }

    /// The organizations `organization` chooses among those the client sees.
    public func chosenOrganizations(_ client: AtlasClient) async throws(AtlasError) -> [Organization] {
        try OrganizationChoice.choose(organization, from: try await client.listOrganizations())
    }

    /// Every project's read, paced like the TUI's.
    public func read(
        _ projectIDs: [String], _ client: AtlasClient, clock: some Clock<Duration> = ContinuousClock()
    ) async -> [String: MatrixRead] {
        let now = self.now
        let collected = Collected(total: projectIDs.count, progress: progress)
        let loader = FleetLoader(
            clock: clock, maxConcurrent: MatrixReads.maxConcurrent,
            read: { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) },
            report: { event in
                if case .read(_, let projectID, let result) = event { collected.add(projectID, MatrixRead(result, readAt: now())) }
            })
        await loader.load(projectIDs, tag: 1)
        await loader.idle()
        return collected.reads
    }

    /// The reads as they arrive, and how far they are.
    private final class Collected: Sendable {
        private let state = Mutex<(reads: [String: MatrixRead], failed: Int)>(([:], 0))
        private let total: Int
        private let progress: (@Sendable (MatrixProgress) -> Void)?

        init(total: Int, progress: (@Sendable (MatrixProgress) -> Void)?) {
            self.total = total
            self.progress = progress
        }

        func add(_ projectID: String, _ read: MatrixRead) {
            let soFar = state.withLock { state -> MatrixProgress in
                state.reads[projectID] = read
                if read.failure != nil { state.failed += 1 }
                return MatrixProgress(total: total, read: state.reads.count - state.failed, failed: state.failed)
            }
            progress?(soFar)
        }

        var reads: [String: MatrixRead] { state.withLock { $0.reads } }
    }
}
