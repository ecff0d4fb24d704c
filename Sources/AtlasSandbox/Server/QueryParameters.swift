/// The decoded query items of a request, with Atlas's checks for the
/// shared parameters (`pretty`, `envelope`, `includeCount`, paging).
struct QueryParameters: Sendable {
    var items: [(name: String, value: String)]

    init(_ items: [(name: String, value: String)]) {
        self.items = items
    }

    subscript(_ name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// A boolean parameter; anything but `true`/`false` is
    /// `INVALID_QUERY_PARAMETER`.
    func flag(_ name: String, default value: Bool) throws(ApiFailure) -> Bool {
        guard let text = self[name] else { return value }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .invalidQueryParameter(name)
        }
    }

    /// An integer parameter within `range`, else `INVALID_QUERY_PARAMETER`.
    func integer(_ name: String, default value: Int, in range: ClosedRange<Int>) throws(ApiFailure) -> Int {
        guard let text = self[name] else { return value }
        guard let number = Int(text), range.contains(number) else { throw .invalidQueryParameter(name) }
        return number
    }
}
