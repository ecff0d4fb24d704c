import AtlasAdmin
import Synchronization

/// Records what a list's `pages` handler was given, call by call, together
/// with anything the test wants to note at that moment.
final class ReleasedPages: Sendable {
    struct Call: Sendable {
        var names: [String]
        var ids: [String]
        var loaded: Int
        var total: Int?
        /// What `snapshot` returned when the call came in.
        var note: Bool
    }

    private let calls = Mutex<[Call]>([])
    private let snapshot: @Sendable () -> Bool

    /// `snapshot` runs inside each call (on the listing task), before the
    /// call returns: e.g. "has the sandbox answered page 3 yet?".
    init(snapshot: @escaping @Sendable () -> Bool = { false }) {
        self.snapshot = snapshot
    }

    var handler: AtlasClient.PageHandler<Project> {
        { released, loaded, total in
            let note = self.snapshot()
            let call = Call(names: released.map(\.name), ids: released.map(\.id), loaded: loaded, total: total, note: note)
            self.calls.withLock { $0.append(call) }
        }
    }

    var all: [Call] { calls.withLock { $0 } }
    /// Every released project id, in the order released.
    var ids: [String] { all.flatMap(\.ids) }
}
