import AtlasAdmin
import Foundation

/// How the commands take integration types from an operator: by Atlas's
/// name (`PAGER_DUTY`) or the one operators know (`PagerDuty`), in any
/// case, so a name copied from the API or from the TUI both work.
public enum IntegrationTypeNames {
    /// The type `text` names. `option` (`--missing`) starts the message of
    /// the error, which lists every valid name so the operator can retry.
    public static func type(_ text: String, option: String) throws(LaunchError) -> IntegrationType {
        let wanted = text.lowercased()
        if let known = IntegrationType.known.first(where: {
            $0.rawValue.lowercased() == wanted || $0.displayName.lowercased() == wanted
        }) {
            return known
        }
        let names = IntegrationType.known.map(\.rawValue).joined(separator: ", ")
        throw LaunchError(tr("runtime.type.unknown", option, names, text.debugDescription))
    }

    /// The types of a comma-separated `list` (spaces around names and empty
    /// entries ignored); a list that names none is refused rather than
    /// read as "every type", which is what leaving the option out means.
    public static func types(_ list: String, option: String) throws(LaunchError) -> Set<IntegrationType> {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw LaunchError(tr("runtime.type.none", option)) }
        var types = Set<IntegrationType>()
        for name in names { types.insert(try type(name, option: option)) }
        return types
    }
}
