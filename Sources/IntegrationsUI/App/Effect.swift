import AtlasAdmin

/// A request from the core to the world outside it. The executable runs it
/// (off the main loop, so the UI never blocks) and reports back with an
/// `AppEvent` carrying the same `RequestID`.
public enum Effect: Sendable, Equatable {
    /// List the organizations → `.organizationsLoaded` or `.failed`.
    case loadOrganizations(RequestID)
    /// List one organization's projects page by page → one
    /// `.projectsPageLoaded` per page (the last with `isComplete`), or `.failed`.
    case loadProjects(RequestID, organizationID: String)
    /// Read one project (for `--project`) → `.projectLoaded` or `.failed`.
    case loadProject(RequestID, projectID: String)
    /// List a project's integrations → `.integrationsLoaded` or `.failed`.
    case loadIntegrations(RequestID, projectID: String)
    /// Read these projects' integrations for the matrix, ahead of any still
    /// queued, paced by Atlas's rate limit → one `.matrixRows` per project,
    /// then `.matrixRows(…, .finished)`, or `.failed`.
    case loadMatrixRows(RequestID, projectIDs: [String])
    /// POST (`isUpdate == false`) or PUT one integration → `.saved` or `.failed`.
    case save(RequestID, projectID: String, settings: IntegrationSettings, isUpdate: Bool)
    /// Read one integration (nil: none configured) → `.integrationRead` or
    /// `.failed`; how a write whose answer was lost is found out, so it goes
    /// out on a connection of its own (`AtlasClient.readBack`).
    case readIntegration(RequestID, projectID: String, type: IntegrationType)
    /// Read the project's alert configurations and say which notify through
    /// `type` → `.alertUsageLoaded` or `.failed`; what a delete would silence.
    case loadAlertUsage(RequestID, projectID: String, type: IntegrationType)
    /// Send one sample delivery from this machine to the typed destination
    /// → `.testDelivered` (a failure to deliver is part of the report).
    case sendTestDelivery(RequestID, TestDeliveryRequest)
    /// Read every project's integrations and plan applying `settings` to
    /// them → `.applyPlanned` (a project that cannot be read is planned as such).
    case planApply(RequestID, settings: IntegrationSettings, projects: [ApplyProject], readOnly: Bool)
    /// Send the plan's writes, paced by Atlas's rate limit → `.applyUpdate`
    /// events, the last `.finished`.
    case runApply(RequestID, plan: ApplyPlan, settings: IntegrationSettings)
    /// Read the unfinished projects of an interrupted apply and plan what is
    /// left → `.applyPlanned` (the checkpoint's plan id is kept).
    case planResume(RequestID, checkpoint: ApplyCheckpoint, settings: IntegrationSettings)
    /// Remove an interrupted apply's checkpoint (the operator forgot it).
    case forgetApply(planID: String)
    /// Start no new write of that apply; running ones finish and are reported.
    case stopApply(RequestID)
    /// Read the failed and unknown projects again and write those that need it.
    case retryApply(RequestID)
    /// DELETE one integration → `.deleted` or `.failed`.
    case delete(RequestID, projectID: String, type: IntegrationType)
    /// Stop a running request; its result, if any still comes, is ignored.
    case cancel(RequestID)
    /// Suspend the screen, run `$EDITOR` on `text`, resume → `.editorFinished`.
    case openEditor(RequestID, text: String)
    /// Start the embedded sandbox with demo data → `.demoStarted` or `.failed`.
    case startDemo(RequestID)
    /// The operator has seen the unfinished writes of an earlier session:
    /// clear them from the write journal.
    case forgetUnfinishedWrites
    /// Write an export's files (or a scrape configuration) under
    /// `directory`, or under `directory-2`, `-3`… when it already holds
    /// files, readable by the operator only → `.filesWritten` or `.failed`.
    case writeFiles(RequestID, files: [ExportFile], directory: String)
    /// Restore the terminal and exit. Saves and deletes still running are
    /// not cancelled: the executable gives them a few seconds to finish,
    /// and any that do not are reported at the next start.
    case quit
}
