/// A project of the demo seed, public so tests can name it.
public struct DemoProject: Sendable, Equatable {
    public let id: String
    public let name: String
    public let orgID: String
    public let clusterCount: Int
    /// ISO-8601 UTC creation time, as Atlas returns it.
    public let created: String
}
