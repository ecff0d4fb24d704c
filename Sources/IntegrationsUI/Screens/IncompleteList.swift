/// An organization whose project list stopped part way: the rows that
/// arrived stay in the picker, and the picker says the list is incomplete
/// until it is reloaded.
struct IncompleteList: Sendable, Hashable {
    var organizationID: String
    /// Rows of this organization the picker shows.
    var shown: Int
    /// Atlas's estimate of how many there are, when it sent one.
    var total: Int?
}
