/// An Atlas organization (`AtlasOrganization`) as the sandbox stores it.
struct Organization: Sendable, Codable, Equatable {
    var id: String
    var name: String
    var isDeleted = false
    var skipDefaultAlertsSettings = false
}
