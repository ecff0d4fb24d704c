/// Reading a captured screen the way an operator scans it.
extension String {
    /// The integrations menu's row for `name` (selected or not), or "" when
    /// the screen has none.
    func menuRow(_ name: String) -> String {
        split(separator: "\n").first { line in
            (line.hasPrefix("  ") || line.hasPrefix("› ")) && line.dropFirst(2).hasPrefix(name + " ")
        }.map(String.init) ?? ""
    }

    /// Whether every one of `parts` is on this text.
    func containsAll(_ parts: [String]) -> Bool {
        parts.allSatisfy { contains($0) }
    }
}
