/// Progress of loading one organization's projects.
struct ProjectLoad: Sendable, Hashable {
    var organizationID: String
    /// Projects fetched so far (some may still wait for an earlier page).
    var loaded = 0
    var total: Int?
    /// Projects of this organization already in the list.
    var shown = 0
}
