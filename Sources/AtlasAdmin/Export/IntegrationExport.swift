/// Turns what projects hold into files for another tool: the one entry
/// point the command line, the menu and the matrix use.
public enum IntegrationExport {
    /// The files of `format` for `projects`' integrations (only `types`,
    /// when given). Types the format cannot express are named, with the
    /// reason, in a comment at the top of the main file.
    public static func files(
        for projects: [ExportedProject], format: ExportFormat, types: Set<IntegrationType>? = nil
    ) -> [ExportFile] {
        let selection = ExportSelection(projects, types: types, format: format)
        return switch format {
        case .terraform: TerraformExport.files(selection)
        case .kubernetes: KubernetesExport.files(selection)
        case .atlasAPI: AtlasAPIExport.files(selection)
        }
    }

    /// How many integrations the files hold, and how many were left out.
    public static func counts(
        for projects: [ExportedProject], format: ExportFormat, types: Set<IntegrationType>? = nil
    ) -> (exported: Int, leftOut: Int) {
        let selection = ExportSelection(projects, types: types, format: format)
        return (selection.items.count, selection.leftOut.count)
    }
}
