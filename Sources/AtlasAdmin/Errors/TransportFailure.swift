/// Why a request got no usable answer from Atlas.
public struct TransportFailure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case timeout
        case refused
        case reset
        case tls
        case dns
        /// A body that is not Atlas JSON (a proxy's HTML page, a truncated body).
        case malformedBody
        case other
    }

    public var kind: Kind
    /// The HTTP status, for a malformed body that came with one.
    public var status: Int?
    /// A sanitized, short description of what happened.
    public var detail: String

    public init(kind: Kind, status: Int? = nil, detail: String) {
        self.kind = kind
        self.status = status
        self.detail = detail
    }

    public var message: String {
        let prefix: String = switch kind {
        case .timeout: "Atlas did not answer in time"
        case .refused: "Could not connect to Atlas"
        case .reset: "The connection to Atlas dropped"
        case .tls: "The TLS connection to Atlas failed"
        case .dns: "The Atlas host name could not be resolved"
        case .malformedBody: status.map { "Atlas sent an unreadable answer (HTTP \($0))" } ?? "Atlas sent an unreadable answer"
        case .other: "The request to Atlas failed"
        }
        return detail.isEmpty ? prefix + "." : prefix + ": " + detail
    }
}
