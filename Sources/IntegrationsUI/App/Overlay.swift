/// A box drawn over the current screen that takes the keys until closed.
enum Overlay: Sendable, Equatable {
    case help(HelpOverlay)
    case confirm(ConfirmDialog, ConfirmAction)
}
