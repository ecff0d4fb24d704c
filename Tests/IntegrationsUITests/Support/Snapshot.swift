import Foundation
import Testing
@testable import IntegrationsUI

/// Golden-frame snapshots: `Tests/Snapshots/IntegrationsUI/<name>.txt`.
///
/// Set `RECORD_SNAPSHOTS=1` to re-record; that run fails on purpose so a
/// recording can never pass silently. A missing snapshot is recorded and
/// fails the same way.
func assertSnapshot(_ frame: Frame, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots/IntegrationsUI")
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = frame.text + "\n"
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record(Comment(rawValue: "Recorded snapshot \(name); run again without RECORD_SNAPSHOTS to compare."), sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
            if old != new { diff.append("row \(index):\n  - \(old)\n  + \(new)") }
        }
        let report = diff.joined(separator: "\n")
        Issue.record(Comment(rawValue: "Snapshot \(name) differs:\n\(report)"), sourceLocation: sourceLocation)
    }
}
