import Foundation

/// What an apply in progress leaves on disk so it can be resumed after the
/// program dies (a dropped SSH session, `kill -9`): the plan and each
/// project's outcome as far as it is known.
///
/// It holds no secret and no typed value Atlas hides: only the write's
/// expectation (clear values and the last four characters of masked ones,
/// which Atlas shows anyone who can read the project) — the write journal's
/// policy. The secret is typed again to resume, and must end with the same
/// four characters.
public struct ApplyCheckpoint: Sendable, Hashable, Codable {
    /// Raised whenever the meaning of a field changes; an older file is
    /// refused with a message rather than misread.
    public static let currentFormatVersion = 1

    public struct Entry: Sendable, Hashable, Codable {
        public var projectID: String
        public var projectName: String
        public var action: ApplyPlan.Kind
        public var outcome: ApplyOutcome
        /// The last answer's one-line message, for a failed or unknown write.
        public var message: String?

        public init(projectID: String, projectName: String, action: ApplyPlan.Kind, outcome: ApplyOutcome,
                    message: String? = nil) {
            self.projectID = projectID
            self.projectName = projectName
            self.action = action
            self.outcome = outcome
            self.message = message
        }

        private enum CodingKeys: String, CodingKey {
            case projectID = "projectId", projectName, action, outcome, message
        }
    }

    public var formatVersion: Int
    /// The Atlas base URL, without user info, query or fragment.
    public var baseURL: String
    public var type: IntegrationType
    public var planID: String
    public var createdAt: Date
    public var updatedAt: Date
    public var rewritesSame: Bool
    public var expectation: [String: WriteReadBack.Expected]
    public var projects: [Entry]

    public init(plan: ApplyPlan, baseURL: URL, messages: [String: String] = [:], updatedAt: Date = Date()) {
        formatVersion = Self.currentFormatVersion
        self.baseURL = InFlightWrite.withoutCredentials(baseURL)
        type = plan.type
        planID = plan.id
        createdAt = plan.createdAt
        self.updatedAt = updatedAt
        rewritesSame = plan.rewritesSame
        expectation = plan.expectation
        projects = plan.items.map {
            Entry(projectID: $0.project.id, projectName: $0.project.name, action: $0.action.kind, outcome: $0.outcome,
                  message: messages[$0.project.id])
        }
    }

    /// The projects a resume must look at again: not sent, sent without an
    /// answer, or answered with nothing confirmed.
    public var unfinished: [ApplyProject] {
        projects.filter { $0.action != .cannot && $0.outcome.isUnfinished }
            .map { ApplyProject(id: $0.projectID, name: $0.projectName) }
    }

    /// Why `settings`, typed again to resume, cannot continue this apply,
    /// or nil when they are what was planned: the same type, the same clear
    /// values, and secrets ending with the recorded four characters.
    public func refusal(of settings: IntegrationSettings) -> String? {
        let entry = IntegrationCatalog.entry(for: type)
        guard settings.type == type else {
            return tr("apply.checkpoint.othertype", entry.displayName, IntegrationCatalog.entry(for: settings.type).displayName)
        }
        let typed = WriteReadBack.expectation(of: settings)
        for key in Set(expectation.keys).union(typed.keys).sorted() where expectation[key] != typed[key] {
            let label = entry.field(key)?.label ?? key
            if case .maskedTail(let tail)? = expectation[key] {
                return tr("apply.checkpoint.othertail", label, tail)
            }
            return tr("apply.checkpoint.othervalue", label)
        }
        return nil
    }
}

/// A checkpoint file could not be used; `description` is one sentence for
/// the operator, and nothing was changed.
public struct ApplyCheckpointError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unreadable, corrupt, olderFormat, newerFormat, otherBaseURL, notWritable
    }

    public let kind: Kind
    public let description: String

    init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}

/// The checkpoint files of applies, one per plan
/// (`apply-<plan id>.json` in the state directory,
/// `$XDG_STATE_HOME/atlas-integrations`, else
/// `~/.local/state/atlas-integrations`).
///
/// Each save writes a temporary file (mode 0600) and renames it over the
/// old one, as the write journal does, so a kill at any moment leaves
/// either the previous checkpoint or the new one, never half of one.
public struct ApplyCheckpointStore: Sendable {
    public let directory: URL

    static let prefix = "apply-"
    static let suffix = ".json"

    public init(directory: URL) {
        self.directory = directory
    }

    /// The store in the XDG state directory for `environment`.
    public static func standard(environment: [String: String]) -> ApplyCheckpointStore {
        ApplyCheckpointStore(directory: URL(fileURLWithPath: UserDirectories(environment: environment).stateHome)
            .appendingPathComponent("atlas-integrations"))
    }

    public func file(planID: String) -> URL {
        directory.appendingPathComponent("\(Self.prefix)\(planID)\(Self.suffix)")
    }

    /// Writes `checkpoint` in place of its plan's earlier one.
    public func save(_ checkpoint: ApplyCheckpoint) throws(ApplyCheckpointError) {
        let file = file(planID: checkpoint.planID)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(checkpoint) else {
            throw ApplyCheckpointError(.notWritable, tr("apply.checkpoint.encode"))
        }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ApplyCheckpointError(.notWritable, tr("apply.checkpoint.mkdir", directory.path))
        }
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ApplyCheckpointError(.notWritable, tr("apply.checkpoint.write", temporary.path, String(cString: strerror(errno))))
        }
        let written = data.withUnsafeBytes { buffer in buffer.baseAddress.map { write(descriptor, $0, buffer.count) } ?? 0 }
        let synced = fsync(descriptor) == 0 || errno == EINVAL
        close(descriptor)
        guard written == data.count, synced, rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ApplyCheckpointError(.notWritable, tr("apply.checkpoint.write", file.path, reason))
        }
    }

    /// The checkpoint in `file`, checked: it must be one this version
    /// reads, for `baseURL` (the Atlas the program talks to now).
    public func load(_ file: URL, baseURL: URL) throws(ApplyCheckpointError) -> ApplyCheckpoint {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ApplyCheckpointError(.unreadable, tr("apply.checkpoint.unreadable", file.path))
        }
        struct Version: Decodable { var formatVersion: Int? }
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            throw ApplyCheckpointError(.corrupt, tr("apply.checkpoint.damaged", file.path))
        }
        let found = version.formatVersion ?? 0
        if found < ApplyCheckpoint.currentFormatVersion {
            throw ApplyCheckpointError(.olderFormat, tr("apply.checkpoint.older", file.path, String(found)))
        }
        if found > ApplyCheckpoint.currentFormatVersion {
            throw ApplyCheckpointError(.newerFormat, tr("apply.checkpoint.newer", file.path, String(found)))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let checkpoint = try? decoder.decode(ApplyCheckpoint.self, from: data) else {
            throw ApplyCheckpointError(.corrupt, tr("apply.checkpoint.damaged", file.path))
        }
        let here = InFlightWrite.withoutCredentials(baseURL)
        guard checkpoint.baseURL == here else {
            throw ApplyCheckpointError(.otherBaseURL, tr("apply.checkpoint.otherurl", file.path, checkpoint.baseURL, here))
        }
        return checkpoint
    }

    /// The checkpoint files present, for offering a resume at start.
    public func files() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(Self.prefix) && $0.hasSuffix(Self.suffix) }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// Forgets a finished (or abandoned) apply.
    public func remove(planID: String) {
        try? FileManager.default.removeItem(at: file(planID: planID))
    }
}

extension ApplyPlan {
    /// The plan that continues `checkpoint`, from a fresh read of its
    /// unfinished projects (`reads`, by project id).
    ///
    /// A project whose read already holds the expectation is applied (its
    /// write landed before the program died, or was never needed): nothing
    /// is sent to it. The rest are planned again from what the read shows
    /// (create or update); one that cannot be read is left as it was, with
    /// the read's error. Projects already applied, failed or refused keep
    /// their outcome. Plan id and creation time are kept, so the same
    /// checkpoint file goes on being updated.
    public static func resuming(
        _ checkpoint: ApplyCheckpoint, reads: [String: Result<[Integration], AtlasError>]
    ) -> (plan: ApplyPlan, messages: [String: String]) {
        var messages: [String: String] = [:]
        let items = checkpoint.projects.map { entry -> Item in
            let project = ApplyProject(id: entry.projectID, name: entry.projectName)
            let recorded: Action = switch entry.action {
            case .create: .create
            case .update: .update([])
            case .same: .sameAsFarAsAtlasShows
            case .cannot: .cannot(.unreadable(message: entry.message ?? tr("apply.checkpoint.notwritten"), status: nil))
            }
            guard entry.action != .cannot, entry.outcome.isUnfinished else {
                if let message = entry.message { messages[entry.projectID] = message }
                return Item(project: project, action: recorded, outcome: entry.outcome)
            }
            switch reads[entry.projectID] {
            case .success(let integrations)?:
                let current = integrations.first { $0.type == checkpoint.type }
                let held = WriteReadBack.holds(checkpoint.expectation, in: current)
                if held, entry.action == .same, entry.outcome == .pending, checkpoint.rewritesSame {
                    // Never sent: the operator's choice to write it again stands.
                    return Item(project: project, action: .sameAsFarAsAtlasShows, outcome: .pending)
                }
                if held {
                    return Item(project: project, action: recorded, outcome: .applied)
                }
                return Item(project: project,
                            action: action(for: current, expectation: checkpoint.expectation, type: checkpoint.type),
                            outcome: .pending)
            case .failure(let error)?:
                messages[entry.projectID] = error.message
                return Item(project: project, action: recorded, outcome: entry.outcome)
            case nil:
                return Item(project: project, action: recorded, outcome: entry.outcome)
            }
        }
        return (ApplyPlan(id: checkpoint.planID, createdAt: checkpoint.createdAt, type: checkpoint.type,
                          expectation: checkpoint.expectation, items: items, rewritesSame: checkpoint.rewritesSame), messages)
    }
}
