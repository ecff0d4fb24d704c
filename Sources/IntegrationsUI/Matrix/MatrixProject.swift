/// One row of the fleet matrix: a project, its names made safe to draw.
public struct MatrixProject: Sendable, Hashable {
    public var id: String
    public var name: String
    public var organizationID: String
    public var organization: String

    public init(id: String, name: String, organizationID: String, organization: String) {
        self.id = id
        self.name = name
        self.organizationID = organizationID
        self.organization = organization
    }
}
