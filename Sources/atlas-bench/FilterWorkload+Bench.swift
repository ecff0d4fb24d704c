import IntegrationsUI

extension FilterWorkload {
    /// The names every filter figure uses, so fzf and the picker see the same list.
    static func projectNamesForBench(count: Int) -> [String] {
        projectNames(count: count, seed: 42)
    }

    /// What the operator types: a query that narrows over several keystrokes
    /// (the common case), then erased key by key (each erase widens, which
    /// forces a full rescan: the worst case).
    static let benchQuery = "payments-east"
}
