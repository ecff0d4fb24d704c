import AtlasAdmin
import Foundation

/// One save or delete of this session, as the writes box lists it: when,
/// what, where, and how it ended as far as the product knows.
public struct SessionWrite: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case save, delete

        /// The action as the writes box names it.
        var shown: String {
            switch self {
            case .save: tr("overlays.writes.action.save")
            case .delete: tr("overlays.writes.action.delete")
            }
        }
    }

    public enum Outcome: Sendable, Hashable {
        case applied(String)
        case failed(String)
        /// No answer yet, or none that says; being (or to be) read back.
        case unknown(String)
    }

    public var time: Date
    public var projectID: String
    public var projectName: String
    public var type: IntegrationType
    public var action: Action
    public var outcome: Outcome
}

extension AppState {
    /// Notes a write's answer, or its read-back's, in the session's list.
    mutating func noteWrite(_ kind: PendingRequest?, _ event: AppEvent) {
        guard let kind else { return }
        switch (kind, event) {
        case (.save(let projectID, let type), .saved):
            addWrite(projectID, type, .save, .applied(tr("overlays.writes.saved")))
        case (.delete(let projectID, let type), .deleted):
            addWrite(projectID, type, .delete, .applied(tr("overlays.writes.deleted")))
        case (.save(let projectID, let type), .failed(_, let error)):
            addWrite(projectID, type, .save, Self.writeOutcome(error))
        case (.delete(let projectID, let type), .failed(_, let error)):
            addWrite(projectID, type, .delete, Self.writeOutcome(error))
        case (.checkWrite(let projectID, let type, let what), .integrationRead(_, let read)):
            let applied: Bool = switch what {
            case .save(let expected, _): WriteReadBack.holds(expected, in: read)
            case .delete: read == nil
            }
            settleWrite(projectID, type, applied
                ? .applied(tr("overlays.writes.confirmed"))
                : .failed(tr("overlays.writes.notapplied")))
        case (.checkWrite(let projectID, let type, _), .failed(_, let error)) where error != .cancelled:
            settleWrite(projectID, type, .unknown(tr("overlays.writes.readbackfailed")))
        default:
            break
        }
    }

    private static func writeOutcome(_ error: AtlasError) -> SessionWrite.Outcome {
        if error.leavesWriteOutcomeUnknown { return .unknown(tr("overlays.writes.noanswer")) }
        if let status = error.status {
            return .failed(tr("overlays.writes.refused", "\(status)\(error.errorCode.map { " \(Sanitizer.sanitize($0, maxCharacters: 60))" } ?? "")"))
        }
        return .failed(tr("overlays.writes.notsent", Sanitizer.sanitize(error.localizedMessage, maxCharacters: 120)))
    }

    private mutating func addWrite(
        _ projectID: String, _ type: IntegrationType, _ action: SessionWrite.Action, _ outcome: SessionWrite.Outcome
    ) {
        let name = menu?.project.id == projectID ? menu?.project.name ?? projectID : projectID
        sessionWrites.append(SessionWrite(time: now, projectID: projectID, projectName: name, type: type,
                                          action: action, outcome: outcome))
    }

    /// The read-back of the latest write of `type` on the project whose
    /// outcome was unknown settles it.
    private mutating func settleWrite(_ projectID: String, _ type: IntegrationType, _ outcome: SessionWrite.Outcome) {
        guard let index = sessionWrites.lastIndex(where: {
            guard $0.projectID == projectID, $0.type == type, case .unknown = $0.outcome else { return false }
            return true
        }) else { return }
        sessionWrites[index].outcome = outcome
    }
}
