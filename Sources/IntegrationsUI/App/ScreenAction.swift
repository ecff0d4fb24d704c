import AtlasAdmin

/// What a screen asks the app to do after a key (htop's handler results):
/// screens decide, the app changes routes and issues effects.
enum ScreenAction: Sendable, Equatable {
    /// Quit; `confirm` when something typed would be lost.
    case quit(confirm: Bool)
    case back
    case showHelp
    case startDemo
    case reloadProjects
    case openProject(Project)
    case refreshIntegrations
    case openForm(IntegrationType)
    /// The matrix over the picker's projects, or the menu project's organization.
    case openMatrix
    /// The form of a matrix cell's project and type.
    case openMatrixCell(projectID: String, type: IntegrationType)
    /// Read these matrix rows again, the first ones first.
    case readMatrixRows(again: [String])
    case confirmDelete(IntegrationType)
    case submit
    case cancelSave
    /// Read a save whose outcome is unknown back again.
    case recheckSave
    case openEditor(field: String, text: String)
    case editInstead
    /// Export the menu's project (the format is asked next).
    case exportProject
    /// Export these matrix rows (the format is asked next).
    case exportProjects([String])
    /// Send a sample delivery to the destination typed in the form.
    case sendTestDelivery
    /// Open the form of a type to type its destination again for a test.
    case prepareTestDelivery(IntegrationType)
    /// The form of `type`, filled once for every project in `projectIDs`.
    /// `from`: a project whose current clear values fill the form first.
    case startApply(IntegrationType, projectIDs: [String], from: String? = nil)
    case runApply
    case stopApply
    case retryApply
    /// The scrape configuration of the menu project's integration of a type
    /// that has one (Prometheus).
    case showScrapeConfig(IntegrationType)
}
