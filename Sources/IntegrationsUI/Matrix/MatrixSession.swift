import Foundation
import AtlasAdmin

/// What the matrix knows across openings, for the whole session: every
/// project's last read (with its time), which projects are being read,
/// and the loads running. Leaving the matrix keeps it all, and the loads
/// go on filling it in the background.
struct MatrixSession: Sendable, Equatable {
    private(set) var reads: [String: MatrixRead] = [:]
    /// Projects asked for and not answered yet (a refresh keeps its old read meanwhile).
    private(set) var asked: Set<String> = []
    /// The loads running.
    private(set) var loads: Set<RequestID> = []
    /// Atlas's last `429`: how long it asked to wait, and until when. It
    /// is shown until a read arrives after that time (reads that were on
    /// their way when the 429 came do not end the wait).
    private(set) var wait: Wait?
    var waitingSeconds: Int? { wait?.seconds }

    struct Wait: Sendable, Equatable {
        let seconds: Int
        let until: Date
    }

    mutating func waiting(_ seconds: Int, until: Date) {
        wait = Wait(seconds: seconds, until: until)
    }

    /// A read arrived at `at`: a wait that is over is forgotten.
    mutating func readArrived(at: Date) {
        if let wait, at >= wait.until { self.wait = nil }
    }

    mutating func store(_ projectID: String, _ read: MatrixRead) {
        reads[projectID] = read
        asked.remove(projectID)
    }

    /// Merges integrations a save or a read-back just returned.
    mutating func merge(_ projectID: String, _ integrations: [Integration]) {
        guard var list = reads[projectID]?.integrations else { return }
        for integration in integrations {
            list.removeAll { $0.type == integration.type }
            list.append(integration)
        }
        reads[projectID] = MatrixRead(.success(list), readAt: nil)
    }

    mutating func remove(_ projectID: String, _ type: IntegrationType) {
        guard var list = reads[projectID]?.integrations else { return }
        list.removeAll { $0.type == type }
        reads[projectID] = MatrixRead(.success(list), readAt: nil)
    }

    mutating func started(_ id: RequestID, _ projectIDs: [String]) {
        loads.insert(id)
        asked.formUnion(projectIDs)
    }

    /// A load ended (finished, failed or cancelled); with no load left,
    /// nothing is being asked for any more.
    mutating func ended(_ id: RequestID) {
        loads.remove(id)
        if loads.isEmpty {
            asked.removeAll()
            wait = nil
        }
    }

    func isAsked(_ projectID: String) -> Bool { asked.contains(projectID) }
}
