/// An Atlas organization the caller can see.
public struct Organization: Sendable, Hashable, Decodable, Identifiable {
    public var id: String
    public var name: String
    public var isDeleted: Bool

    public init(id: String, name: String, isDeleted: Bool = false) {
        self.id = id
        self.name = name
        self.isDeleted = isDeleted
    }

    private enum CodingKeys: String, CodingKey { case id, name, isDeleted }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        isDeleted = try container.decodeIfPresent(Bool.self, forKey: .isDeleted) ?? false
    }
}
