import Synchronization

/// The active fault rules and how many more requests each will hit.
final class FaultInjector: Sendable {
    private struct ActiveRule {
        var rule: FaultRule
        var pattern: RoutePattern
        var remaining: Int?
        /// Matching requests seen, for `every`.
        var seen = 0
    }

    private let rules = Mutex<[ActiveRule]>([])

    init(rules initial: [FaultRule]) {
        for rule in initial { add(rule) }
    }

    func add(_ rule: FaultRule) {
        rules.withLock { $0.append(ActiveRule(rule: rule, pattern: rule.pattern, remaining: rule.count)) }
    }

    func clear() {
        rules.withLock { $0.removeAll() }
    }

    var activeRules: [FaultRule] {
        rules.withLock { $0.map(\.rule) }
    }

    /// The faults that hit this request at this stage, each rule's count
    /// reduced by one; exhausted rules are dropped.
    func take(
        beforeAuthentication: Bool, method: String, path: String, query: [(name: String, value: String)] = []
    ) -> [FaultKind] {
        rules.withLock { active in
            var hits: [FaultKind] = []
            for index in active.indices
            where active[index].rule.kind.actsBeforeAuthentication == beforeAuthentication
                && active[index].pattern.matches(method: method, path: path, query: query) {
                active[index].seen += 1
                if let every = active[index].rule.every, active[index].seen % every != 0 { continue }
                hits.append(active[index].rule.kind)
                if let remaining = active[index].remaining { active[index].remaining = remaining - 1 }
            }
            active.removeAll { $0.remaining.map { $0 <= 0 } ?? false }
            return hits
        }
    }
}
