import Foundation

/// A save or delete sent to Atlas whose answer had not arrived yet, as the
/// write journal keeps it.
///
/// It holds what names the write (kind, project, method, target, when,
/// which process) and, for a save, what a read would show once it applied:
/// clear values and the last four characters of masked ones, which Atlas
/// shows anyone who can read the project. Never a secret, so the record is
/// harmless to leave on disk when the program dies mid-request.
public struct InFlightWrite: Sendable, Hashable, Codable {
    /// The HTTP method the write uses.
    public enum Method: String, Sendable, Hashable, Codable {
        case post = "POST"
        case put = "PUT"
        case delete = "DELETE"
    }

    public var type: IntegrationType
    public var projectID: String
    /// The project's name as the operator saw it, when known.
    public var projectName: String?
    public var method: Method
    /// The Atlas base URL (scheme, host, port and path only).
    public var target: String
    public var startedAt: Date
    /// The process that sent it; a record of a process still running is
    /// that process's own business, not a leftover.
    public var processID: Int32
    /// What a read shows once the save applied (nil for a delete, and for
    /// records written before this was kept).
    public var expected: [String: WriteReadBack.Expected]?

    public init(
        type: IntegrationType, projectID: String, projectName: String?, method: Method, target: URL,
        startedAt: Date = Date(), processID: Int32 = getpid(), expected: [String: WriteReadBack.Expected]? = nil
    ) {
        self.expected = expected
        self.type = type
        self.projectID = projectID
        self.projectName = projectName
        self.method = method
        self.target = Self.withoutCredentials(target)
        self.startedAt = startedAt
        self.processID = processID
    }

    /// "save" or "delete", as the operator asked for it.
    public var action: String { method == .delete ? "delete" : "save" }

    /// "PagerDuty save on “storefront-staging”": how messages name it.
    public var summary: String {
        "\(type.displayName) \(action) on “\(projectName ?? projectID)”"
    }

    /// The start time in UTC, to the second: "2025-03-04 10:11:12 UTC".
    public var startedAtText: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: startedAt)
    }

    /// A base URL cannot carry a password into the journal: user info,
    /// query and fragment are dropped.
    static func withoutCredentials(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "" }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? ""
    }

    private enum CodingKeys: String, CodingKey {
        case type, projectID = "projectId", projectName, method, target, startedAt, processID = "pid", expected
    }
}
