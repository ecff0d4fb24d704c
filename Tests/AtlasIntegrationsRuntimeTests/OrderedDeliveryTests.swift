import AtlasAdmin
import AtlasIntegrationsRuntime
import Foundation
import IntegrationsUI
import Synchronization
import Testing

/// Project lists of several organizations reach the picker in the order
/// they were asked for, page by page, whatever order they finish in.
@Suite struct OrderedDeliveryTests {
    /// What was posted, in order.
    final class Posted: Sendable {
        private let events = Mutex<[AppEvent]>([])

        func append(_ event: AppEvent) { events.withLock { $0.append(event) } }
        var all: [AppEvent] { events.withLock { $0 } }

        /// The project names posted, in the order they reached the app.
        var names: [String] {
            all.flatMap { event -> [String] in
                guard case .projectsPageLoaded(_, let projects, _, _, _) = event else { return [] }
                return projects.map(\.name)
            }
        }

        /// The requests whose final result was posted, in that order.
        var finished: [RequestID] {
            all.compactMap { event in
                switch event {
                case .projectsPageLoaded(let id, _, _, _, true), .failed(let id, _): id
                default: nil
                }
            }
        }
    }

    static func page(_ id: RequestID, _ organization: Int, pages: ClosedRange<Int>, size: Int = 2) -> AppEvent {
        let projects = pages.flatMap { page in
            (1...size).map { row in
                Project(id: String(format: "%012x%012x", organization, page * 100 + row),
                        name: "org\(organization)-p\(page)-\(row)", orgID: "org\(organization)")
            }
        }
        return .projectsPageLoaded(id, projects: projects, loaded: pages.upperBound * size, total: nil, isComplete: false)
    }

    static func done(_ id: RequestID, _ count: Int) -> AppEvent {
        .projectsPageLoaded(id, projects: [], loaded: count, total: count, isComplete: true)
    }

    @Test func theFirstListStreamsWhileALaterOneWaitsWithItsCountShown() {
        let posted = Posted()
        let delivery = OrderedDelivery(post: posted.append)
        let first = RequestID(1), second = RequestID(2)
        delivery.expect(first)
        delivery.expect(second)

        delivery.page(second, Self.page(second, 2, pages: 1...1))
        // The second organization's rows wait; its count is shown at once.
        #expect(posted.names.isEmpty)
        guard case .projectsPageLoaded(second, let rows, 2, _, false)? = posted.all.last else {
            Issue.record("no count for the waiting page: \(posted.all)")
            return
        }
        #expect(rows.isEmpty)

        delivery.page(first, Self.page(first, 1, pages: 1...1))
        #expect(posted.names == ["org1-p1-1", "org1-p1-2"], "the head streams straight through")
        delivery.deliver(second, Self.done(second, 2))
        #expect(posted.finished.isEmpty, "a later result waits for the head")
        delivery.deliver(first, Self.done(first, 2))
        #expect(posted.names == ["org1-p1-1", "org1-p1-2", "org2-p1-1", "org2-p1-2"])
        #expect(posted.finished == [first, second])
    }

    @Test func aFailedOrCancelledListReleasesTheOnesBehindIt() {
        let posted = Posted()
        let delivery = OrderedDelivery(post: posted.append)
        let ids = (1...3).map(RequestID.init)
        for id in ids { delivery.expect(id) }
        delivery.page(ids[2], Self.page(ids[2], 3, pages: 1...1))
        delivery.deliver(ids[2], Self.done(ids[2], 2))
        delivery.page(ids[1], Self.page(ids[1], 2, pages: 1...1))
        #expect(posted.names.isEmpty)

        delivery.deliver(ids[0], .failed(ids[0], .transport(TransportFailure(kind: .timeout, detail: "slow"))))
        // The second is now at the head: its held page goes out, the third still waits for it.
        #expect(posted.names == ["org2-p1-1", "org2-p1-2"])
        #expect(posted.finished == [ids[0]])

        delivery.cancel(ids[1])
        #expect(posted.names == ["org2-p1-1", "org2-p1-2", "org3-p1-1", "org3-p1-2"])
        #expect(posted.finished == [ids[0], ids[2]])
    }

    @Test func anUnexpectedRequestIsPostedAtOnce() {
        let posted = Posted()
        let delivery = OrderedDelivery(post: posted.append)
        delivery.expect(RequestID(1))
        delivery.deliver(RequestID(9), .deleted(RequestID(9)))
        #expect(posted.all == [.deleted(RequestID(9))])
    }

    /// Eight organizations whose pages arrive from as many tasks at once,
    /// each at its own pace: the picker gets organization 1's rows, then
    /// 2's, and so on, each organization's pages in order, every row once,
    /// and every final result after that organization's rows.
    @Test(arguments: 1...20)
    func pagesFromConcurrentListsArriveInTheOrderAskedFor(run: Int) async {
        let posted = Posted()
        let delivery = OrderedDelivery(post: posted.append)
        let organizations = 8, pagesEach = 6
        let ids = (1...organizations).map(RequestID.init)
        for id in ids { delivery.expect(id) }
        await withTaskGroup(of: Void.self) { group in
            for (index, id) in ids.enumerated() {
                group.addTask {
                    var random = SystemRandomNumberGenerator()
                    for page in 1...pagesEach {
                        for _ in 0..<Int.random(in: 0...20, using: &random) { await Task.yield() }
                        delivery.page(id, Self.page(id, index + 1, pages: page...page))
                    }
                    if run.isMultiple(of: 5), index == 3 {
                        delivery.deliver(id, .failed(id, .cancelled))
                    } else {
                        delivery.deliver(id, Self.done(id, pagesEach * 2))
                    }
                }
            }
        }
        let expected = (1...organizations).flatMap { organization in
            (1...pagesEach).flatMap { page in ["org\(organization)-p\(page)-1", "org\(organization)-p\(page)-2"] }
        }
        #expect(posted.names == expected, "run \(run)")
        #expect(posted.finished == ids, "run \(run)")
        // Each final result comes right after its own organization's last rows.
        var seenRows: [String] = []
        for event in posted.all {
            if case .projectsPageLoaded(_, let projects, _, _, false) = event { seenRows += projects.map(\.name) }
            if event.isFinal, let id = event.requestID {
                #expect(seenRows.last?.hasPrefix("org\(id.value)-") == true, "run \(run): \(id) finished before its rows")
            }
        }
    }
}

private extension AppEvent {
    var isFinal: Bool {
        switch self {
        case .projectsPageLoaded(_, _, _, _, let isComplete): isComplete
        case .failed: true
        default: false
        }
    }
}
