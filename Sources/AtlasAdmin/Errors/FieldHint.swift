/// Works out which request field an Atlas error concerns when Atlas did not
/// say so in `badRequestDetail`.
enum FieldHint {
    /// Error codes that always concern one field, from the catalog.
    static let byErrorCode = IntegrationCatalog.fieldByErrorCode

    /// Field names that may appear in a detail or a parameter.
    static let knownKeys = IntegrationCatalog.allFieldKeys.sorted { ($0.count, $0) > ($1.count, $1) }

    static func field(forErrorCode code: String, detail: String?, parameters: [String]) -> String? {
        if let field = byErrorCode[code] { return field }
        let texts = parameters + [detail ?? ""]
        // Longest names first so `sendUserProvidedResourceTagsEnabled` wins over its prefix.
        for key in knownKeys {
            for text in texts where containsWord(key, in: text) {
                return key
            }
        }
        return nil
    }

    private static func containsWord(_ word: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isBoundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before) && isBoundary(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }
}
