import AtlasAdmin

/// Whether a form creates an integration (POST), edits one (PUT), or only
/// shows it (read-only mode, or a kind that cannot be changed).
public enum FormMode: Sendable, Equatable {
    case create
    case edit(Integration)
    case view(Integration?)

    public var existing: Integration? {
        switch self {
        case .create: nil
        case .edit(let integration): integration
        case .view(let integration): integration
        }
    }

    public var isUpdate: Bool {
        if case .edit = self { return true }
        return false
    }

    public var canSubmit: Bool {
        if case .view = self { return false }
        return true
    }
}
