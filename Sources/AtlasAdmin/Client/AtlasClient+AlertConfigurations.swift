extension AtlasClient {
    /// Every alert configuration of a project, all pages.
    public func listAlertConfigurations(projectID: String) async throws(AtlasError) -> [AlertConfiguration] {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        return try await allPages(["groups", projectID, "alertConfigs"], id: { $0.id })
    }

    /// What deleting the project's integration of `type` would silence. A
    /// type that is no alert destination needs no request.
    public func alertUsage(of type: IntegrationType, projectID: String) async throws(AtlasError) -> AlertUsage {
        guard IntegrationCatalog.entry(for: type).alertNotificationTypeName != nil else {
            return .notAnAlertDestination
        }
        return AlertUsage(of: type, in: try await listAlertConfigurations(projectID: projectID))
    }
}
