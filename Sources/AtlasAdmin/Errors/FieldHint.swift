/// Works out which request field an Atlas error concerns when Atlas did not
/// say so in `badRequestDetail`.
enum FieldHint {
    /// Error codes that always concern one field.
    static let byErrorCode: [String: String] = [
        "INVALID_DATADOG_API_KEY": "apiKey",
        "INVALID_PAGER_DUTY_SERVICE_KEY": "serviceKey",
        "WEBHOOK_URL_NOT_SET": "url",
        "SLACK_OAUTH2_NOT_CONFIGURED": "apiToken",
        "MUST_RECONFIGURE_SLACK_OAUTH2": "apiToken",
        "LEGACY_SLACK_CONFIGURATION_UNSUPPORTED": "apiToken",
    ]

    /// Field names that may appear in a detail or a parameter.
    static let knownKeys = [
        "serviceKey", "apiKey", "apiToken", "channelName", "teamName", "region", "routingKey",
        "url", "secret", "bodyTemplate", "headersTemplate", "microsoftTeamsWebhookUrl",
        "username", "password", "serviceDiscovery", "enabled", "accountId", "licenseKey",
        "readToken", "writeToken", "sendCollectionLatencyMetrics", "sendDatabaseMetrics",
        "sendQueryStatsMetrics", "sendUserProvidedResourceTags", "sendUserProvidedResourceTagsEnabled",
    ]

    static func field(forErrorCode code: String, detail: String?, parameters: [String]) -> String? {
        if let field = byErrorCode[code] { return field }
        let texts = parameters + [detail ?? ""]
        // Longest names first so `sendUserProvidedResourceTagsEnabled` wins over its prefix.
        for key in knownKeys.sorted(by: { $0.count > $1.count }) {
            for text in texts where containsWord(key, in: text) {
                return key
            }
        }
        if code == "INVALID_URL" { return "url" }
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
