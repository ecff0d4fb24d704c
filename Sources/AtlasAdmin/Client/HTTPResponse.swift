import Foundation

/// One response as the transport received it.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header names lower-cased, so lookups do not depend on how the server
    /// or the platform spelled them.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, second in
            first + ", " + second
        })
        self.body = body
    }

    /// The value of header `name`, whatever its case.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
}

extension HTTPResponse {
    /// `Retry-After` in seconds: delta-seconds, or an HTTP date turned into
    /// the seconds from now (never negative).
    public var retryAfterSeconds: Int? {
        guard let value = header("Retry-After")?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        if let seconds = Int(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, Int(date.timeIntervalSinceNow.rounded(.up)))
    }

    /// `RateLimit-Remaining`, when Atlas sent it.
    public var rateLimitRemaining: Int? {
        header("RateLimit-Remaining").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
