/// The versioned media type of the Admin API.
///
/// Every endpoint here exists in version 2023-01-01 only. A request must
/// ask for `application/vnd.atlas.YYYY-MM-DD+json`; a date on or after
/// 2023-01-01 resolves to that version (the spec's own samples send a later
/// date). Anything else is 400 `INVALID_VERSION_DATE`.
enum APIVersion {
    static let current = "2023-01-01"
    static let contentType = "application/vnd.atlas.2023-01-01+json;charset=utf-8"

    static func check(accept: String?) throws(ApiFailure) {
        guard let accept else { throw .missingVersion }
        for range in accept.split(separator: ",") {
            let type = range.split(separator: ";").first.map { $0.trimmingWhitespace().lowercased() } ?? ""
            let prefix = "application/vnd.atlas.", suffix = "+json"
            guard type.hasPrefix(prefix), type.hasSuffix(suffix) else { continue }
            let date = String(type.dropFirst(prefix.count).dropLast(suffix.count))
            if isDate(date), date >= current { return }
        }
        throw .missingVersion
    }

    /// Whether `text` is a plausible `YYYY-MM-DD`.
    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return year >= 2000 && (1...12).contains(month) && (1...31).contains(day)
    }
}
