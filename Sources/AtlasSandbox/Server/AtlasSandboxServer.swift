import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// A local Atlas Administration API server on loopback.
///
/// It serves the organizations, projects and Third-Party Integrations
/// endpoints plus the OAuth token endpoints with Atlas's status codes,
/// error codes, masking, paging, Digest and bearer authentication and rate
/// limits; it is the embedded default of the product's demo mode and the
/// peer of every test.
///
/// ```swift
/// let sandbox = try AtlasSandboxServer(configuration: SandboxConfiguration())
/// let baseURL = try await sandbox.start()   // http://127.0.0.1:PORT
/// defer { Task { await sandbox.stop() } }
/// ```
public final class AtlasSandboxServer: Sendable {
    private struct Running: Sendable {
        var server: HTTPServer
        var task: Task<Void, Never>
        var url: URL
    }

    public let configuration: SandboxConfiguration
    let core: SandboxCore
    private let running = Mutex<Running?>(nil)

    /// Prepares the data: loads `configuration.stateFile` if it exists (a
    /// corrupt file throws `SandboxError.corruptStateFile` naming it; it is
    /// never silently reset), otherwise seeds and writes it.
    public init(configuration: SandboxConfiguration = SandboxConfiguration()) throws {
        self.configuration = configuration
        core = try SandboxCore(configuration: configuration)
    }

    /// Starts listening and returns the base URL, e.g. `http://127.0.0.1:52731`.
    /// Calling it again while running returns the same URL.
    public func start() async throws -> URL {
        if let url = running.withLock({ $0?.url }) { return url }
        let handler = SandboxHTTPHandler(core: core)
        // Handlers may sleep for injected latency, so their timeout is generous.
        let timeout: TimeInterval = 600
        let server: HTTPServer
        let host = configuration.host
        let pool = NoDelaySocketPool(base: HTTPServer.defaultPool())
        do {
            if host.contains(":") {
                server = HTTPServer(address: try .inet6(ip6: host, port: configuration.port),
                                    timeout: timeout, pool: pool, logger: .disabled, handler: handler)
            } else {
                server = HTTPServer(address: try .inet(ip4: host, port: configuration.port),
                                    timeout: timeout, pool: pool, logger: .disabled, handler: handler)
            }
        } catch {
            throw SandboxError.invalidHost(host)
        }
        let failure = Mutex<String?>(nil)
        let task = Task {
            do {
                try await server.run()
            } catch {
                failure.withLock { $0 = String(describing: error) }
            }
        }
        // Only a guard against a listener that never comes up (a bind error
        // is reported at once, above): on a busy machine the listening task
        // can wait many seconds for a thread, and 10 s was seen to run out.
        let deadline = ContinuousClock.now + .seconds(60)
        while await !server.isListening {
            if let reason = failure.withLock({ $0 }) { throw SandboxError.listenFailed(reason) }
            guard ContinuousClock.now < deadline else {
                task.cancel()
                throw SandboxError.listenFailed("timed out waiting for \(host):\(configuration.port)")
            }
            try await Task.sleep(for: .milliseconds(2))
        }
        let port: UInt16
        switch await server.listeningAddress {
        case .ip4(_, let bound)?, .ip6(_, let bound)?: port = bound
        default: port = configuration.port
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        guard let url = URL(string: "http://\(hostPart):\(port)") else {
            throw SandboxError.invalidHost(host)
        }
        running.withLock { $0 = Running(server: server, task: task, url: url) }
        return url
    }

    /// Stops listening and closes open connections.
    ///
    /// `grace` is how long requests being answered get to finish (FlyingFox
    /// waits for its listener that long before cancelling it, even with no
    /// request running, as soon as a client keeps an idle connection open).
    /// A process that is exiting anyway passes zero. After that it waits
    /// at most a few seconds for the listener to wind down, so a connection
    /// that refuses to close cannot hang the caller.
    public func stop(grace: TimeInterval = 1) async {
        guard let current = running.withLock({ state -> Running? in
            defer { state = nil }
            return state
        }) else { return }
        await current.server.stop(timeout: grace)
        current.task.cancel()
        await Self.wait(for: current.task, atMost: .seconds(3))
    }

    private static func wait(for task: Task<Void, Never>, atMost limit: Duration) async {
        // Whichever ends first, the task or the time limit, ends the wait.
        let (ended, ending) = AsyncStream<Void>.makeStream()
        let waiter = Task {
            await task.value
            ending.yield()
        }
        let timer = Task {
            try? await Task.sleep(for: limit)
            ending.yield()
        }
        for await _ in ended { break }
        ending.finish()
        timer.cancel()
        _ = waiter
    }

    /// The base URL while running.
    public var baseURL: URL? {
        running.withLock { $0?.url }
    }

    /// Adds a fault rule at run time.
    public func addFault(_ rule: FaultRule) {
        core.faults.add(rule)
    }

    /// Removes every fault rule.
    public func clearFaults() {
        core.faults.clear()
    }

    /// The API requests answered so far (admin routes excluded).
    public func requestLog() -> [SandboxRequestRecord] {
        core.requestLog
    }

    public func resetRequestLog() {
        core.resetRequestLog()
    }
}
