import AtlasAdmin
import Foundation

/// Everything that reaches the core: input from the terminal, the clock,
/// and the results of effects (each with the `RequestID` it answers).
public enum AppEvent: Sendable, Equatable {
    case input(InputEvent)
    /// About ten a second while `AppState.wantsTicks`: turns the spinner.
    case tick
    /// The time now, about once a second while `AppState.wantsClock`.
    case clock(Date)
    case organizationsLoaded(RequestID, [Organization])
    /// One page of an organization's projects. `loaded` counts the projects
    /// delivered so far for this request and `total` is Atlas's
    /// `totalCount` when known; `isComplete` marks the last page.
    case projectsPageLoaded(RequestID, projects: [Project], loaded: Int, total: Int?, isComplete: Bool)
    case projectLoaded(RequestID, Project)
    case integrationsLoaded(RequestID, [Integration])
    /// A project of a `.loadMatrixRows` read, a rate-limit wait, or the end.
    case matrixRows(RequestID, MatrixLoadUpdate)
    /// A save succeeded: what Atlas holds for the saved type now, as one
    /// element. Atlas answers a POST or PUT with the project's whole list;
    /// the client picks the saved type's integration from it and returns
    /// only that one.
    case saved(RequestID, [Integration])
    case deleted(RequestID)
    /// What Atlas holds for one type now (nil: none configured).
    case integrationRead(RequestID, Integration?)
    /// The alert configurations that notify through the type a delete asks about.
    case alertUsageLoaded(RequestID, AlertUsage)
    case applyPlanned(RequestID, ApplyPlan)
    case applyUpdate(RequestID, ApplyUpdate)
    /// What became of a test delivery.
    case testDelivered(RequestID, TestDeliveryReport)
    /// `$EDITOR` exited; nil when it failed or left the text unchanged.
    case editorFinished(RequestID, String?)
    /// The demo sandbox is up at `targetLabel`.
    case demoStarted(RequestID, targetLabel: String, authKind: String)
    /// A `.writeFiles` finished: where the files went (absolute), how many.
    case filesWritten(RequestID, directory: String, count: Int)
    case failed(RequestID, AtlasError)

    public static func key(_ key: Key) -> AppEvent { .input(.key(key)) }

    /// The request this event answers, if it answers one.
    public var requestID: RequestID? {
        switch self {
        case .input, .tick, .clock: nil
        case .organizationsLoaded(let id, _), .projectsPageLoaded(let id, _, _, _, _), .projectLoaded(let id, _),
             .integrationsLoaded(let id, _), .matrixRows(let id, _), .saved(let id, _), .deleted(let id), .integrationRead(let id, _),
             .editorFinished(let id, _), .filesWritten(let id, _, _),
             .alertUsageLoaded(let id, _), .testDelivered(let id, _), .applyPlanned(let id, _), .applyUpdate(let id, _),
             .demoStarted(let id, _, _), .failed(let id, _):
            id
        }
    }
}
