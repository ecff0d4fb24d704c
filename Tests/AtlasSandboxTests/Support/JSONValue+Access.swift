@testable import AtlasSandbox

/// Terse read access for assertions on JSON bodies.
extension JSONValue {
    subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var intValue: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    /// `badRequestDetail.fields[].field` of an `ApiError`.
    var violatedFields: [String] {
        self["badRequestDetail"]?["fields"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
    }
}
