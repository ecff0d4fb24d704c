/// A box drawn over the current screen that takes the keys until closed.
enum Overlay: Sendable, Equatable {
    case help(HelpOverlay)
    case confirm(ConfirmDialog, ConfirmAction)
    /// Writes of an earlier session that may or may not have been applied.
    case notice(UnfinishedWritesNotice)
    /// Which tool to export for.
    case export(ExportDialog)
    /// A Prometheus integration's scrape configuration.
    case scrapeConfig(ScrapeConfigOverlay)
    /// A test delivery on its way, then what the receiver answered.
    case testDelivery(TestDeliveryOverlay, RequestID?)
    /// The saves and deletes of this session.
    case sessionWrites(SessionWritesOverlay)
    /// An apply an earlier session left unfinished: resume or forget it.
    case resumeApply(ResumeApplyNotice)
}
