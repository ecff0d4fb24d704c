/// What the product may do with an integration kind through the API.
public enum FormAvailability: Sendable, Hashable {
    /// Create, edit and delete.
    case creatable
    /// Created elsewhere (Slack: OAuth2 in the Atlas UI); some fields editable.
    case editExistingOnly
    /// Shown and deletable, never created or changed (New Relic, HipChat).
    case readOnly
}
