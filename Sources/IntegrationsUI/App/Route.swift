/// Which screen is showing.
public enum Route: Sendable, Hashable {
    /// No usable credentials: how to configure them, or try the demo.
    case start
    case picker
    case menu
    case form
    /// Projects × integration types (the fleet matrix).
    case matrix
    /// One type applied to many projects: plan, confirm, run.
    case apply
}
