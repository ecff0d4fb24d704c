import AtlasAdmin
import Foundation

/// The steps every journey takes, as an operator would: wait for the
/// screen, type, press keys.
extension TmuxSession {
    /// The menu's rows, top to bottom: the catalog's order.
    static let menuOrder = IntegrationType.known.map(\.displayName)

    /// Waits for the picker, types `filter`, checks the list narrowed to
    /// `project`, and opens it.
    func openProject(filter: String, expecting project: String) async throws {
        try await filterProjects(filter, expecting: project)
        try press("Enter")
        try await waitForMenu(of: project)
    }

    /// Waits for the picker, types `filter` and waits for `project` to be
    /// the selected row.
    func filterProjects(_ filter: String, expecting project: String) async throws {
        try await waitFor("40 projects")
        try type(filter)
        try await waitFor("“\(project)” selected under filter “\(filter)”") { screen in
            screen.contains("Filter: \(filter)") && screen.contains("› \(project)")
        }
    }

    /// Waits for the integrations menu of `project` with its list loaded.
    @discardableResult
    func waitForMenu(of project: String) async throws -> String {
        try await waitFor("the integrations menu of “\(project)”") { screen in
            screen.contains("Project \(project)") && screen.contains("HipChat")
                && (screen.contains("configured") || screen.contains("not supported"))
        }
    }

    /// Selects `name` in the integrations menu.
    func select(_ name: String) async throws {
        guard let index = Self.menuOrder.firstIndex(of: name) else {
            throw E2EError.missing("no menu row \(name)")
        }
        try press("Home")
        if index > 0 {
            try press(contentsOf: Array(repeating: "Down", count: index))
        }
        try await waitFor("› \(name)")
    }

    /// Opens the form of `name` from the integrations menu.
    func openForm(_ name: String, mode: String) async throws {
        try await select(name)
        try press("Enter")
        try await waitFor("› \(name) (\(mode))")
    }

    /// Saves the form (Ctrl-S) and waits for the menu's success banner.
    @discardableResult
    func save(expecting banner: String) async throws -> String {
        try press("C-s")
        return try await waitFor(banner)
    }
}
