/// An Atlas project (`Group`) as the sandbox stores it.
///
/// `created` is kept as the ISO-8601 text Atlas returns, so seeds stay
/// byte-stable across runs and persisted files.
struct Project: Sendable, Codable, Equatable {
    var id: String
    var name: String
    var orgId: String
    var clusterCount: Int
    var created: String
    var withDefaultAlertsSettings = true
}
