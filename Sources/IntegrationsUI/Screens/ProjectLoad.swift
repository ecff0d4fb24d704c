/// Progress of loading one organization's projects.
struct ProjectLoad: Sendable, Hashable {
    var organizationID: String
    var loaded = 0
    var total: Int?
}
