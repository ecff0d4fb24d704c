import AtlasAdmin
import Foundation
import IntegrationsUI

/// Runs the matrix's row loads on one `FleetLoader` per client, so every
/// load shares one pacing of Atlas's rate limit, and posts what it reports
/// as `.matrixRows` events. Loads and cancels reach the loader in the order
/// the app asked for them.
public final class MatrixReads: @unchecked Sendable {
    private enum Operation: Sendable {
        case load(RequestID, [String], AtlasClient)
        case cancel(RequestID)
        case stop
    }

    private let inbox: EventInbox
    private let operations: AsyncStream<Operation>.Continuation
    private let worker: Task<Void, Never>

    /// How many projects are read at once while the rate budget allows.
    public static let maxConcurrent = 6

    init(inbox: EventInbox) {
        self.inbox = inbox
        let (stream, continuation) = AsyncStream<Operation>.makeStream()
        operations = continuation
        worker = Task {
            var loader: FleetLoader<ContinuousClock>?
            var loaderClient: ObjectIdentifier?
            for await operation in stream {
                switch operation {
                case .load(let id, let projectIDs, let client):
                    if loaderClient != ObjectIdentifier(client) {
                        await loader?.stop()
                        loader = Self.makeLoader(client, inbox: inbox)
                        loaderClient = ObjectIdentifier(client)
                    }
                    await loader?.load(projectIDs, tag: id.value)
                case .cancel(let id):
                    await loader?.cancel(tag: id.value)
                case .stop:
                    await loader?.stop()
                    return
                }
            }
        }
    }

    func load(_ id: RequestID, _ projectIDs: [String], client: AtlasClient?) {
        guard let client else {
            inbox.post(.failed(id, .invalidInput(field: nil, message: tr("runtime.nocredentials"))))
            return
        }
        operations.yield(.load(id, projectIDs, client))
    }

    func cancel(_ id: RequestID) {
        operations.yield(.cancel(id))
    }

    /// Cancels every read still running.
    func stop() async {
        operations.yield(.stop)
        operations.finish()
        await worker.value
    }

    private static func makeLoader(_ client: AtlasClient, inbox: EventInbox) -> FleetLoader<ContinuousClock> {
        FleetLoader(
            clock: ContinuousClock(), maxConcurrent: maxConcurrent,
            read: { projectID throws(AtlasError) in try await client.fleetRead(projectID: projectID) },
            report: { event in
                switch event {
                case .read(let tag, let projectID, let result):
                    inbox.post(.matrixRows(RequestID(tag), .read(projectID: projectID, result, at: Date())))
                case .waiting(let tag, let duration):
                    let seconds = Int((duration / .seconds(1)).rounded(.up))
                    let until = Date().addingTimeInterval(duration / .seconds(1))
                    inbox.post(.matrixRows(RequestID(tag), .waiting(seconds: max(seconds, 1), until: until)))
                case .finished(let tag):
                    inbox.post(.matrixRows(RequestID(tag), .finished))
                }
            })
    }
}
