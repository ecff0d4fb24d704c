/// One entry of `badRequestDetail.fields`.
public struct FieldViolation: Sendable, Hashable, Codable {
    public var field: String
    public var description: String

    public init(field: String, description: String) {
        self.field = field
        self.description = description
    }
}
