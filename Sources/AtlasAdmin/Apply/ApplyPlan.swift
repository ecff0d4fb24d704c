import Foundation

/// A project one integration is applied to: its id, and its name as the
/// operator picked it (for messages, the checkpoint and the audit log).
public struct ApplyProject: Sendable, Hashable, Codable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What is known of one project's write: not sent yet, sent without an
/// answer so far, applied (Atlas said so, or a read showed it), refused,
/// or sent and not answered with nothing confirmed since.
public enum ApplyOutcome: String, Sendable, Hashable, Codable {
    case pending, sending, applied, failed, unknown

    /// Whether a resumed apply must look at the project again.
    public var isUnfinished: Bool { self == .pending || self == .sending || self == .unknown }
}

/// What applying one integration type with one set of settings to many
/// projects will do, per project, before anything is sent.
///
/// It is built from a fresh read of each project's integrations, so the
/// operator confirms against what Atlas holds now. It carries no secret:
/// only the write's expectation (clear values and the last four characters
/// of masked ones, see `WriteReadBack.expectation(of:)`), so a plan can be
/// shown, kept in the checkpoint file and compared after a restart; the
/// settings themselves are handed to `ApplyRun` separately and live only in
/// memory.
public struct ApplyPlan: Sendable, Hashable {
    /// The kinds of action, for counts and for the checkpoint file.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case create, update, same, cannot
    }

    /// Why a project cannot be written, in words the operator can act on.
    public enum Refusal: Sendable, Hashable, Codable {
        /// The catalog says this type cannot be created or changed here.
        case typeNotWritable(String)
        /// The project's integrations could not be read: the error's one-line
        /// message, in the operator's language (a plan is shown, not recorded:
        /// the checkpoint keeps its own English words).
        case unreadable(message: String, status: Int?)
        /// The product runs read-only (a read-only key or `--read-only`).
        case readOnly

        public var message: String {
            switch self {
            case .typeNotWritable(let reason): reason
            case .unreadable(let message, _): message
            case .readOnly: tr("apply.refusal.readonly")
            }
        }
    }

    /// One field whose value Atlas shows differs from what will be written.
    public struct Difference: Sendable, Hashable {
        /// The field's key (`serviceKey`).
        public var field: String
        /// The field's label in the catalog (`Service key`).
        public var label: String
        /// What a read shows now (nil: not set); masked fields by their tail.
        public var shown: WriteReadBack.Expected?
        /// What the write will leave there.
        public var planned: WriteReadBack.Expected
    }

    public enum Action: Sendable, Hashable {
        /// The type is not configured in the project: a `POST`.
        case create
        /// Configured with other values, as far as a read shows: a `PUT`.
        case update([Difference])
        /// Configured with the same clear values and the same masked tails.
        /// The secret itself cannot be compared (Atlas shows its last four
        /// characters only), so whether these are written again is the
        /// operator's choice (`rewritesSame`).
        case sameAsFarAsAtlasShows
        case cannot(Refusal)

        public var kind: Kind {
            switch self {
            case .create: .create
            case .update: .update
            case .sameAsFarAsAtlasShows: .same
            case .cannot: .cannot
            }
        }
    }

    public struct Item: Sendable, Hashable {
        public var project: ApplyProject
        public var action: Action
        /// Where the project stands; `pending` in a new plan. A resumed plan
        /// (`ApplyPlan.resuming`) carries what the checkpoint and the fresh
        /// read established.
        public var outcome: ApplyOutcome

        public init(project: ApplyProject, action: Action, outcome: ApplyOutcome = .pending) {
            self.project = project
            self.action = action
            self.outcome = outcome
        }
    }

    /// Names the plan's checkpoint file; kept across a resume.
    public var id: String
    public var createdAt: Date
    public var type: IntegrationType
    /// What a read shows once the settings are applied (no secret).
    public var expectation: [String: WriteReadBack.Expected]
    public var items: [Item]
    /// Whether projects that are the same as far as Atlas shows are written
    /// again (the operator's choice; off by default: nothing to change that
    /// anyone can see).
    public var rewritesSame: Bool

    public init(
        id: String = UUID().uuidString.lowercased(), createdAt: Date = Date(), type: IntegrationType,
        expectation: [String: WriteReadBack.Expected], items: [Item], rewritesSame: Bool = false
    ) {
        self.id = id
        self.createdAt = createdAt
        self.type = type
        self.expectation = expectation
        self.items = items
        self.rewritesSame = rewritesSame
    }

    /// The plan for `settings` over `projects`, from `reads` (each
    /// project's integrations as just read, or the error that stopped the
    /// read; a project missing from `reads` counts as unreadable).
    /// `readOnly`: nothing can be written, every project says why.
    public init(
        settings: IntegrationSettings, projects: [ApplyProject], reads: [String: Result<[Integration], AtlasError>],
        readOnly: Bool = false, id: String = UUID().uuidString.lowercased(), createdAt: Date = Date()
    ) {
        let expectation = WriteReadBack.expectation(of: settings)
        let items = projects.map { project -> Item in
            if readOnly { return Item(project: project, action: .cannot(.readOnly)) }
            switch reads[project.id] {
            case .success(let integrations)?:
                let current = integrations.first { $0.type == settings.type }
                return Item(project: project, action: Self.action(for: current, expectation: expectation, type: settings.type))
            case .failure(let error)?:
                return Item(project: project, action: .cannot(.unreadable(message: error.localizedMessage, status: error.status)))
            case nil:
                return Item(project: project, action: .cannot(.unreadable(
                    message: tr("apply.refusal.notread"), status: nil)))
            }
        }
        self.init(id: id, createdAt: createdAt, type: settings.type, expectation: expectation, items: items)
    }

    /// A plan for a type the catalog does not let this product create or
    /// change (`IntegrationSettings` cannot be made for it): every project
    /// says so, with the catalog's reason, and nothing is written.
    public static func refusing(_ type: IntegrationType, projects: [ApplyProject]) -> ApplyPlan {
        let entry = IntegrationCatalog.entry(for: type)
        let reason = entry.limitation?.reason ?? tr("apply.refusal.notwritable", entry.displayName)
        return ApplyPlan(type: type, expectation: [:],
                         items: projects.map { Item(project: $0, action: .cannot(.typeNotWritable(reason))) })
    }

    /// What the write does to a project whose integration of the type is
    /// `current` (nil: none).
    public static func action(
        for current: Integration?, expectation: [String: WriteReadBack.Expected], type: IntegrationType
    ) -> Action {
        guard let current else { return .create }
        let differences = Self.differences(expectation, in: current, type: type)
        return differences.isEmpty ? .sameAsFarAsAtlasShows : .update(differences)
    }

    /// The fields whose shown value differs from the expectation, in the
    /// catalog's order. Exactly the fields `WriteReadBack.holds` compares,
    /// so "same" here and "applied" on a read-back are one judgement.
    public static func differences(
        _ expectation: [String: WriteReadBack.Expected], in current: Integration, type: IntegrationType
    ) -> [Difference] {
        let entry = IntegrationCatalog.entry(for: type)
        let order = Dictionary(entry.fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [Difference] = []
        for (key, planned) in expectation.sorted(by: { (order[$0.key] ?? .max, $0.key) < (order[$1.key] ?? .max, $1.key) }) {
            guard !WriteReadBack.holds([key: planned], in: current) else { continue }
            let shown: WriteReadBack.Expected? = switch planned {
            case .text: current.text(key).map { .text($0) }
            case .bool: current.bool(key).map { .bool($0) }
            case .maskedTail: current.masked(key).map { .maskedTail(String($0.visibleTail.suffix(4))) }
            }
            found.append(Difference(field: key, label: entry.field(key)?.label ?? key, shown: shown, planned: planned))
        }
        return found
    }

    // MARK: - What the operator confirms

    /// How many projects each kind of action concerns.
    public var counts: [Kind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0, 0) })
        for item in items { counts[item.action.kind, default: 0] += 1 }
        return counts
    }

    /// Whether the item is written by this plan: creates and updates, and
    /// the "same" ones when the operator chose to write them again; only
    /// while nothing settled the project already.
    public func writes(_ item: Item) -> Bool {
        guard item.outcome.isUnfinished else { return false }
        switch item.action {
        case .create, .update: return true
        case .sameAsFarAsAtlasShows: return rewritesSame
        case .cannot: return false
        }
    }

    /// The projects that will be written.
    public var writtenItems: [Item] { items.filter(writes) }

    /// The number the operator types to confirm: how many writes will be
    /// sent (typing it, rather than pressing a key, makes the size of the
    /// change something read, not skipped).
    public var confirmationCount: Int { writtenItems.count }

    /// Whether `typed` confirms the plan (surrounding spaces aside); a plan
    /// with nothing to write cannot be confirmed.
    public func isConfirmed(by typed: String) -> Bool {
        confirmationCount > 0 && Int(typed.trimmingCharacters(in: .whitespaces)) == confirmationCount
    }
}
