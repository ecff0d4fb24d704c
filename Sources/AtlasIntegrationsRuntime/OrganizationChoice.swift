import AtlasAdmin

/// Which organizations a command (`matrix`, `export`) covers: every one the
/// credentials see, or the one `--org` names by id or by name (case
/// ignored, since operators type it from memory).
///
/// A name can be shared by several organizations, so a name that matches
/// more than one is refused with their ids rather than guessed at; deleted
/// organizations are never chosen, since their projects cannot be read.
public enum OrganizationChoice {
    public static func choose(_ wanted: String?, from organizations: [Organization]) throws(AtlasError) -> [Organization] {
        let all = organizations.filter { !$0.isDeleted }
        guard let wanted else { return all }
        if let byID = all.first(where: { $0.id == wanted }) { return [byID] }
        let named = all.filter { $0.name.lowercased() == wanted.lowercased() }
        if named.count == 1 { return named }
        if named.isEmpty {
            throw .invalidInput(
                field: "org", message: tr("runtime.org.unknown", wanted.debugDescription))
        }
        let ids = named.map(\.id).joined(separator: ", ")
        throw .invalidInput(
            field: "org", message: tr("runtime.org.ambiguous", named.count, wanted.debugDescription, ids))
    }
}
