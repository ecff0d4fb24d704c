import AtlasAdmin
import Foundation
import IntegrationsUI

/// Which audit lines `atlas-integrations audit` prints, and how: one line
/// per write, oldest first, names made safe for the terminal.
public struct AuditQuery: Sendable {
    /// Only writes at or after this time.
    public var since: Date?
    /// Only writes to this project.
    public var projectID: String?

    public init(since: Date? = nil, projectID: String? = nil) {
        self.since = since
        self.projectID = projectID
    }

    /// `--since`: a day (`2026-12-07`, from its start in UTC) or an
    /// ISO 8601 time (`2026-12-07T10:00:00Z`).
    public static func parseSince(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        day.timeZone = TimeZone(identifier: "UTC")
        return day.date(from: text)
    }

    public func select(_ records: [AuditRecord]) -> [AuditRecord] {
        records.filter { record in
            (since.map { record.time >= $0 } ?? true) && (projectID.map { record.projectID == $0 } ?? true)
        }
    }

    /// One line per record: time, action, outcome and status, type, project,
    /// who, the Atlas it went to, and the tails of the secrets it carried.
    public static func line(_ record: AuditRecord) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let name = record.projectName.map { "“\(Sanitizer.sanitize($0, maxCharacters: 64))” " } ?? ""
        var result = record.outcome.rawValue
        if let status = record.status { result += " \(status)" }
        if let code = record.errorCode { result += " \(Sanitizer.sanitize(code, maxCharacters: 60))" }
        let tails = (record.secretTails ?? [:]).sorted { $0.key < $1.key }
            .map { "\(Sanitizer.sanitize($0.key, maxCharacters: 40)) …\(Sanitizer.sanitize($0.value, maxCharacters: 4))" }
        return [
            formatter.string(from: record.time),
            record.action.rawValue,
            result,
            record.type.displayName,
            "\(name)(\(Sanitizer.sanitize(record.projectID, maxCharacters: 40)))",
            "by \(Sanitizer.sanitize(record.who, maxCharacters: 80))",
            "at \(Sanitizer.sanitize(record.baseURL, maxCharacters: 200))",
        ].joined(separator: "  ") + (tails.isEmpty ? "" : "  " + tails.joined(separator: ", "))
    }
}
