/// An Atlas project (Atlas's API calls it a group).
public struct Project: Sendable, Hashable, Decodable, Identifiable {
    public var id: String
    public var name: String
    public var orgID: String
    public var clusterCount: Int
    /// ISO-8601 creation time as Atlas sent it (e.g. `2026-08-10T03:06:57Z`).
    public var created: String?

    public init(id: String, name: String, orgID: String, clusterCount: Int = 0, created: String? = nil) {
        self.id = id
        self.name = name
        self.orgID = orgID
        self.clusterCount = clusterCount
        self.created = created
    }

    private enum CodingKeys: String, CodingKey { case id, name, orgId, clusterCount, created }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        orgID = try container.decodeIfPresent(String.self, forKey: .orgId) ?? ""
        clusterCount = (try? container.decodeIfPresent(Int.self, forKey: .clusterCount)) ?? 0
        created = try? container.decodeIfPresent(String.self, forKey: .created)
    }

    /// The creation date alone (`2026-08-10`), for lists.
    public var createdDay: String? {
        created.map { String($0.prefix(10)) }
    }
}
