import AtlasAdmin
import AtlasSandbox
import Foundation
import Synchronization
import Testing
import TestSupport

/// What apply tests share: settings with a fresh secret, reads on a
/// driven test clock, and the request-log checks the issue asks for.
enum ApplySupport {
    static let writeRoute = "/api/atlas/v2/groups/*/integrations/PAGER_DUTY"

    /// A PagerDuty key no seed holds, so a scan for it finds only leaks.
    static func settings(key: String = "5e1d0c9b8a7f6e5d4c3b2a1908f7a2d9") throws -> IntegrationSettings {
        try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(key)), "region": .text("EU")])
    }

    /// Runs `work` while moving `clock` on whenever nothing is in flight
    /// and something sleeps on it: the code under test waits only on the
    /// clock then, so time moves exactly as far as it asked, and no
    /// request is ever on the wire while it moves.
    static func driving<T: Sendable>(
        _ clock: TestClock, inFlight: @escaping @Sendable () async -> Int, _ work: @escaping @Sendable () async -> T
    ) async throws -> T {
        let task = Task { await work() }
        let done = Mutex(false)
        let watcher = Task {
            _ = await task.value
            done.withLock { $0 = true }
        }
        while !done.withLock({ $0 }) {
            try await waitUntil("the work to finish or wait on the clock", atMost: .seconds(60)) {
                if done.withLock({ $0 }) { return true }
                guard clock.pendingSleepers > 0 else { return false }
                let running = await inFlight()
                return running == 0
            }
            if done.withLock({ $0 }) { break }
            let running = await inFlight()
            if let deadline = clock.nextDeadline, running == 0 {
                clock.advance(by: max(deadline - clock.now.offset, .zero))
            }
        }
        _ = await watcher.value
        return await task.value
    }

    /// Each project's integrations, read through a fleet loader on `clock`.
    static func readAll(
        _ client: AtlasClient, _ ids: [String], clock: TestClock
    ) async throws -> [String: Result<[Integration], AtlasError>] {
        let counter = InFlightCounter()
        return try await driving(clock, inFlight: { counter.value }) {
            await FleetLoader.readAll(ids, clock: clock) { id throws(AtlasError) in
                counter.add(1)
                defer { counter.add(-1) }
                return try await client.fleetRead(projectID: id)
            }
        }
    }

    final class InFlightCounter: Sendable {
        private let count = Mutex(0)
        func add(_ delta: Int) { count.withLock { $0 += delta } }
        var value: Int { count.withLock { $0 } }
    }

    static func isWrite(_ record: SandboxRequestRecord) -> Bool {
        (record.method == "POST" || record.method == "PUT") && record.path.hasSuffix("/integrations/PAGER_DUTY")
            && record.auth != .none
    }

    static func projectID(of record: SandboxRequestRecord) -> String? {
        let parts = record.path.split(separator: "/")
        guard let index = parts.firstIndex(of: "groups"), index + 1 < parts.count else { return nil }
        return String(parts[index + 1])
    }

    /// Per project, every write Atlas may have handled (anything but a
    /// `429`) that was followed by another write with no read of the
    /// project between: blind repeats.
    static func blindRepeats(_ log: [SandboxRequestRecord]) -> [String] {
        var lastWriteHandled: [String: Bool] = [:]
        var repeats: [String] = []
        for record in log where record.auth != .none {
            guard let project = projectID(of: record), record.path.contains("/integrations") else { continue }
            if isWrite(record) {
                if lastWriteHandled[project] == true { repeats.append(project) }
                lastWriteHandled[project] = record.status != 429
            } else if record.method == "GET" {
                lastWriteHandled[project] = false
            }
        }
        return repeats
    }

    /// Requests that arrived after a `429` answered at `t` and before
    /// `t + retryAfter`.
    /// Requests that arrived before a `429`'s `Retry-After` had passed:
    /// `retryAfterSeconds` for the injected ones, and for the token
    /// bucket's own the `bucketRetryAfterSeconds` it asks for.
    static func earlyRequests(
        _ log: [SandboxRequestRecord], retryAfterSeconds: Int, bucketRetryAfterSeconds: Int = 1
    ) -> [SandboxRequestRecord] {
        let limited = log.filter { $0.status == 429 }.map { record in
            (at: record.receivedAtMilliseconds, wait: (record.fault == nil ? bucketRetryAfterSeconds : retryAfterSeconds) * 1000)
        }
        return log.filter { record in
            limited.contains { record.receivedAtMilliseconds > $0.at && record.receivedAtMilliseconds < $0.at + $0.wait }
        }
    }

    /// The events a run reported.
    final class Events: Sendable {
        private let all = Mutex<[ApplyRun<TestClock>.Event]>([])
        func record(_ event: ApplyRun<TestClock>.Event) { all.withLock { $0.append(event) } }
        var list: [ApplyRun<TestClock>.Event] { all.withLock { $0 } }
    }
}
