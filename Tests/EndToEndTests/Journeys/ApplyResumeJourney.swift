import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// A 100-project apply killed with SIGKILL at 10 seeded random moments,
    /// each time resumed from the notice at the next start (the key typed
    /// again): at the end every project holds exactly the key planned, and
    /// no project was written twice without a read of it in between.
    @Test func anApplyKilledTenTimesAndResumedEndsExactlyAsPlanned() async throws {
        let journey = try Journey(seed: "large:100")
        defer { journey.finish() }
        let key = "7c4e1a9b3d5f60820e1d2c3b4a596877"
        // Slow writes, so a kill lands with writes in flight.
        try await journey.sandbox.addFault(FaultRule(
            route: "POST /api/atlas/v2/groups/*/integrations/PAGER_DUTY", kind: .latency(milliseconds: 120)))
        var terminal = journey.terminal
        try await terminal.waitFor("100 projects")
        try terminal.press("C-t")
        try await terminal.waitFor("integrations of 100/100 projects")
        try terminal.press("*")
        try await terminal.waitFor("100 marked")
        try terminal.press("a")
        try await terminal.waitFor("PagerDuty for 100 projects: fill the form once.")
        try terminal.type(key)
        try await terminal.waitFor("32 chars")
        try terminal.press("C-s")
        try await terminal.waitFor("Plan for PagerDuty on 100 projects: 100 create")
        try terminal.type("100")
        try terminal.press("Enter")

        var random = SplitMix64(seed: 0x5EED_A991)
        var sessions: [TmuxSession] = []
        defer { for session in sessions { session.kill() } }
        for round in 1...10 {
            // Kill once a random number of this run's writes are done.
            let screen = try await terminal.waitFor("the run under way (round \(round))") { $0.contains("Applying PagerDuty: ") }
            let total = Self.applyCounts(screen)?.total ?? 1
            let target = Int.random(in: 0...max(total / 3, 0), using: &random)
            _ = try await terminal.waitFor("\(target) done (round \(round))") { screen in
                guard let counts = Self.applyCounts(screen) else { return screen.contains("Every write is done.") }
                return counts.done >= target
            }
            let pid = try #require(try terminal.panePID())
            #expect(kill(pid, SIGKILL) == 0)
            terminal.kill()

            let next = try AppLaunch(home: journey.directory, environment: journey.sandbox.apiKeyEnvironment).start()
            sessions.append(next)
            terminal = next
            let notice = try await terminal.waitFor("Unfinished apply")
            #expect(notice.contains("An apply of PagerDuty to 100 projects was cut off"))
            try terminal.press("r")
            try await terminal.waitFor("Resuming PagerDuty on 100 projects: type the secret again.")
            try terminal.type(key)
            try await terminal.waitFor("32 chars")
            try terminal.press("C-s")
            let plan = try await terminal.waitFor("the resumed plan (round \(round))") { $0.contains("Type ") && $0.contains(" and Enter to send") }
            let count = try #require(Self.writesToType(plan))
            if count == 0 { break }
            try terminal.type(String(count))
            try terminal.press("Enter")
        }
        let end = try await terminal.waitFor("Every write is done.", timeout: .seconds(60))
        #expect(!end.contains(key))

        // Atlas holds exactly the plan.
        let projects = try await journey.sandbox.client().listProjects()
        #expect(projects.count == 100)
        for project in projects {
            let stored = try journey.sandbox.stored(.pagerDuty, in: project.id)
            #expect(stored?["serviceKey"] == .string(key), "\(project.name)")
        }
        // The audit log and the checkpoints hold no secret; every line is a
        // PagerDuty write of these projects, by the API key.
        let state = journey.directory.file("home") + "/.local/state/atlas-integrations"
        for name in try FileManager.default.contentsOfDirectory(atPath: state) {
            let text = try String(contentsOfFile: state + "/" + name, encoding: .utf8)
            #expect(!text.contains(key), "\(name) holds the key")
        }
        let audit = try String(contentsOfFile: state + "/audit.jsonl", encoding: .utf8).split(separator: "\n")
        // Every write Atlas received has exactly one line: one whose answer
        // a kill cut off gets it when the resume's read finds it applied.
        let writes = try await journey.sandbox.requestLog().filter { $0.method == "POST" || $0.method == "PUT" }
        #expect(audit.count == writes.count, "\(writes.count) writes, \(audit.count) audit lines")
        #expect(audit.allSatisfy { $0.contains(#""type":"PAGER_DUTY""#) && $0.contains(#""who":"sandboxk""#) })

        // No project written twice without a read of it in between.
        let log = try await journey.sandbox.requestLog().filter { $0.auth != .none }
        var lastWasWrite: [String: Bool] = [:]
        for request in log {
            let parts = request.path.split(separator: "/")
            guard parts.count >= 6, parts[3] == "groups" else { continue }
            let project = String(parts[4])
            if request.method == "POST" || request.method == "PUT" {
                #expect(lastWasWrite[project] != true, "\(project) written twice without a read between")
                lastWasWrite[project] = true
            } else if request.method == "GET", request.path.contains("/integrations") {
                lastWasWrite[project] = false
            }
        }
    }

    /// "Applying PagerDuty: 37/100 done" → (37, 100).
    static func applyCounts(_ screen: String) -> (done: Int, total: Int)? {
        guard let range = screen.range(of: "Applying PagerDuty: ") else { return nil }
        let rest = screen[range.upperBound...].prefix { $0 != " " }
        let numbers = rest.split(separator: "/").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// "Type 63 and Enter to send 63 writes" → 63.
    static func writesToType(_ screen: String) -> Int? {
        guard let range = screen.range(of: "Type ") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }
}
