@testable import AtlasIntegrationsRuntime
import Foundation
import Synchronization
import TestSupport
import Testing

/// The picker loads every organization's projects at once, but never more
/// than three list calls run together; the rest start in the order asked.
@Suite struct ConcurrencyLimitTests {
    /// Pieces of work that run until the test lets each one finish.
    final class Board: Sendable {
        private struct State {
            var running: Set<Int> = []
            var startOrder: [Int] = []
            var mostAtOnce = 0
            var gates: [Int: CheckedContinuation<Void, Never>] = [:]
            var opened: Set<Int> = []
        }

        private let state = Mutex(State())

        var started: [Int] { state.withLock { $0.startOrder } }
        var maxRunning: Int { state.withLock { $0.mostAtOnce } }
        var runningNow: Int { state.withLock { $0.running.count } }

        func work(_ index: Int) async -> Int {
            state.withLock { state in
                state.running.insert(index)
                state.startOrder.append(index)
                state.mostAtOnce = max(state.mostAtOnce, state.running.count)
            }
            await withCheckedContinuation { (gate: CheckedContinuation<Void, Never>) in
                let open = state.withLock { state -> Bool in
                    if state.opened.contains(index) { return true }
                    state.gates[index] = gate
                    return false
                }
                if open { gate.resume() }
            }
            state.withLock { _ = $0.running.remove(index) }
            return index
        }

        func finish(_ index: Int) {
            let gate = state.withLock { state -> CheckedContinuation<Void, Never>? in
                state.opened.insert(index)
                return state.gates.removeValue(forKey: index)
            }
            gate?.resume()
        }
    }

    @Test func atMostThreeRunAndTheRestStartInTheOrderAsked() async throws {
        let limit = ConcurrencyLimit(3)
        let board = Board()
        var tasks: [Task<Int, any Error>] = []
        for index in 0..<10 {
            tasks.append(Task { try await limit.run { await board.work(index) } })
            // One at a time, so the order they asked in is known.
            try await waitUntil("work \(index) to start or queue") {
                await board.started.count + limit.waitingCount == index + 1
            }
        }
        #expect(board.started == [0, 1, 2])
        #expect(await limit.waitingCount == 7)

        for index in 0..<10 {
            board.finish(index)
            let expected = min(10, index + 4)
            try await waitUntil("\(expected) to have started") { board.started.count == expected }
            #expect(board.runningNow <= 3)
        }
        var finished: [Int] = []
        for task in tasks { finished.append(try await task.value) }
        #expect(finished == Array(0..<10))
        #expect(board.started == Array(0..<10))
        #expect(board.maxRunning == 3)
        #expect(await limit.waitingCount == 0)
    }

    @Test func workThatFailsGivesUpItsPlace() async throws {
        struct Refused: Error {}
        let limit = ConcurrencyLimit(1)
        await #expect(throws: Refused.self) { try await limit.run { () throws -> Int in throw Refused() } }
        // Had the failure kept its place, this would wait forever.
        #expect(try await limit.run { 7 } == 7)
    }
}
