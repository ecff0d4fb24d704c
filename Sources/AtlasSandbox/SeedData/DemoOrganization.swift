/// An organization of the demo seed, public so tests can name it.
public struct DemoOrganization: Sendable, Equatable {
    public let id: String
    public let name: String
}
