/// Inputs for timing the project filter outside the tests (a benchmark
/// builds an index over `names`, then applies each of `keystrokes` in turn
/// and times every `setQuery`), so the figures measure the same code path
/// the picker uses.
public enum FilterWorkload {
    /// `count` project-like names, mostly ASCII with some accented and CJK
    /// ones, the same for the same `seed`.
    public static func projectNames(count: Int, seed: UInt64 = 42) -> [String] {
        var state = seed | 1
        func next() -> UInt64 {
            // xorshift64*: fast and reproducible, no Foundation needed.
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
        let words = ["prod", "staging", "dev", "analytics", "payments", "search", "café", "zürich", "東京", "billing",
                     "orders", "ingest", "reporting", "east", "west", "eu", "us", "apac", "core", "edge"]
        return (0..<count).map { index in
            let first = words[Int(next() % UInt64(words.count))]
            let second = words[Int(next() % UInt64(words.count))]
            return "\(first)-\(second)-\(index)"
        }
    }

    /// The queries an operator's typing produces: each prefix of `query`.
    public static func keystrokes(typing query: String) -> [String] {
        var prefixes: [String] = []
        var current = ""
        for character in query {
            current.append(character)
            prefixes.append(current)
        }
        return prefixes
    }
}
