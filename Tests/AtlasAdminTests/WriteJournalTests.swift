import Foundation
import Testing
@testable import AtlasAdmin
import TestSupport

/// The journal of writes in flight: what a cut-off save or delete leaves on
/// disk, and what the next start makes of it, damaged files included.
@Suite struct WriteJournalTests {
    static let deadProcess: Int32 = 999_999
    static let target = URL(string: "https://cloud.mongodb.com")!

    static func write(
        _ type: IntegrationType = .pagerDuty, method: InFlightWrite.Method = .post, pid: Int32 = deadProcess,
        at seconds: TimeInterval = 1_700_000_000, target: URL = target
    ) -> InFlightWrite {
        InFlightWrite(type: type, projectID: "5f0000000000000000000001", projectName: "storefront-staging",
                      method: method, target: target, startedAt: Date(timeIntervalSince1970: seconds), processID: pid)
    }

    static func journal(_ home: TemporaryDirectory) -> WriteJournal {
        WriteJournal(directory: URL(fileURLWithPath: home.path).appendingPathComponent("state/atlas-integrations"))
    }

    @Test func aRecordIsPrivateAndNamesTheWriteButHoldsNoValues() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        let entry = try journal.record(Self.write(target: URL(string: "https://user:pa55word@cloud.example.com:8443/atlas?token=t0k#x")!))

        let attributes = try FileManager.default.attributesOfItem(atPath: entry.file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let data = try Data(contentsOf: entry.file)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["type", "projectId", "projectName", "method", "target", "startedAt", "pid"])
        #expect(object["type"] as? String == "PAGER_DUTY")
        #expect(object["method"] as? String == "POST")
        #expect(object["target"] as? String == "https://cloud.example.com:8443/atlas")
        let text = String(decoding: data, as: UTF8.self)
        for leak in ["pa55word", "user", "t0k"] { #expect(!text.contains(leak)) }
        // No temporary file is left next to it.
        let names = try FileManager.default.contentsOfDirectory(atPath: journal.directory.path)
        #expect(names == [entry.file.lastPathComponent])
    }

    @Test func aWriteLeftByADeadProcessIsFoundAndDiscardedOnce() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        _ = try journal.record(Self.write(.datadog, method: .put, at: 1_700_000_100))
        _ = try journal.record(Self.write(.pagerDuty, method: .delete, at: 1_700_000_000))

        let reading = journal.leftovers { _ in false }
        #expect(reading.problems.isEmpty)
        #expect(reading.writes.map(\.summary) == ["PagerDuty delete on “storefront-staging”",
                                                  "Datadog save on “storefront-staging”"])
        #expect(reading.writes.first?.startedAtText == "2023-11-14 22:13:20 UTC")
        journal.discard(reading)
        #expect(journal.leftovers { _ in false }.isEmpty)
    }

    @Test func anAnsweredWriteLeavesNothing() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        let entry = try journal.record(Self.write())
        journal.remove(entry)
        #expect(journal.leftovers { _ in false }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: entry.file.path))
    }

    @Test func writesOfRunningProcessesAreNotLeftovers() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        _ = try journal.record(Self.write(pid: getpid()))
        _ = try journal.record(Self.write(pid: 424_242))
        #expect(journal.leftovers { $0 == 424_242 }.isEmpty, "this process's own and another live copy's")
        #expect(journal.leftovers { _ in false }.writes.count == 1, "this process's own are never leftovers")
    }

    @Test func noJournalYetIsNothingToReport() throws {
        let home = try TemporaryDirectory()
        #expect(Self.journal(home).leftovers().isEmpty)
    }

    @Test func aHalfWrittenRecordGivesAClearMessageAndTheOthersStillCount() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        let good = try journal.record(Self.write())
        let broken = journal.directory.appendingPathComponent("write-in-flight-\(Self.deadProcess)-broken.json")
        let whole = try Data(contentsOf: good.file)
        try whole.prefix(whole.count / 2).write(to: broken)

        let reading = journal.leftovers { _ in false }
        #expect(reading.writes.count == 1)
        #expect(reading.problems.count == 1)
        let problem = try #require(reading.problems.first)
        #expect(problem.contains(broken.path))
        #expect(problem.contains("could not be read (not a complete record)"))
        #expect(problem.contains("may not have finished"))
        journal.discard(reading)
        #expect(journal.leftovers { _ in false }.isEmpty, "the damaged record goes once it has been reported")
    }

    @Test func anUnreadableRecordGivesAClearMessage() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        _ = try journal.record(Self.write())
        // Root reads any file, so a directory in a record's place stands in
        // for a record that cannot be read; without root, mode 000 too.
        let inPlace = journal.directory.appendingPathComponent("write-in-flight-\(Self.deadProcess)-dir.json")
        try FileManager.default.createDirectory(at: inPlace, withIntermediateDirectories: false)
        var unreadable: [URL] = [inPlace]
        if getuid() != 0 {
            let locked = journal.directory.appendingPathComponent("write-in-flight-\(Self.deadProcess)-locked.json")
            try Data("{}".utf8).write(to: locked)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
            unreadable.append(locked)
        }
        let reading = journal.leftovers { _ in false }
        #expect(reading.writes.count == 1)
        #expect(reading.problems.count == unreadable.count)
        for file in unreadable {
            #expect(reading.problems.contains { $0.contains(file.path) && $0.contains("could not be read") })
        }
    }

    @Test func aStateDirectoryThatIsAFileIsReportedNotFatal() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        try FileManager.default.createDirectory(at: journal.directory.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data("not a directory".utf8).write(to: journal.directory)
        let reading = journal.leftovers { _ in false }
        #expect(reading.writes.isEmpty)
        #expect(reading.problems.count == 1)
        #expect(reading.problems.first?.contains(journal.directory.path) == true)
        #expect(throws: (any Error).self) { try journal.record(Self.write()) }
    }

    @Test func aTemporaryFileCutOffMidWriteIsDroppedSilently() throws {
        let home = try TemporaryDirectory()
        let journal = Self.journal(home)
        try FileManager.default.createDirectory(at: journal.directory, withIntermediateDirectories: true)
        let temporary = journal.directory.appendingPathComponent(".write-in-flight-\(Self.deadProcess)-x.json.tmp")
        try Data("{\"type\":".utf8).write(to: temporary)
        #expect(journal.leftovers { _ in false }.isEmpty, "its request never went out")
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
    }

    @Test func theStateDirectoryFollowsXDG() {
        let xdg = WriteJournal.standard(environment: ["XDG_STATE_HOME": "/srv/state"], homeDirectory: "/home/op")
        #expect(xdg.directory.path == "/srv/state/atlas-integrations")
        let home = WriteJournal.standard(environment: [:], homeDirectory: "/home/op")
        #expect(home.directory.path == "/home/op/.local/state/atlas-integrations")
        // The XDG spec ignores relative paths.
        let relative = WriteJournal.standard(environment: ["XDG_STATE_HOME": "state"], homeDirectory: "/home/op")
        #expect(relative.directory.path == "/home/op/.local/state/atlas-integrations")
    }
}
