import Localization

/// Why a request got no usable answer from Atlas.
///
/// `message` and `detail` are English, as logs, audit lines and checkpoints
/// keep them; `localizedMessage` is the same in the operator's language,
/// made when it is shown.
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
    /// A sanitized, short description of what happened, in English.
    public var detail: String
    /// The detail as a message of the Failures table, when this product
    /// wrote it (not compared: two failures with the same English detail
    /// are the same failure).
    var detailMessage: DetailMessage?

    struct DetailMessage: Sendable, Hashable {
        var key: String
        var arguments: [String]
    }

    public init(kind: Kind, status: Int? = nil, detail: String) {
        self.kind = kind
        self.status = status
        self.detail = detail
    }

    /// A failure whose detail is the message `key` of the Failures table
    /// (kept in English in `detail`, shown in the operator's language).
    init(kind: Kind, status: Int? = nil, detailKey key: String, _ arguments: String...) {
        self.kind = kind
        self.status = status
        self.detail = Wording.inLanguage(.english) { AdminMessages.all.text(key, arguments) }
        self.detailMessage = DetailMessage(key: key, arguments: arguments)
    }

    /// One line in English (logs and records keep this).
    public var message: String {
        Wording.inLanguage(.english) { localizedMessage }
    }

    /// One line in the operator's language.
    public var localizedMessage: String {
        let prefix: String = switch kind {
        case .timeout: tr("failures.transport.timeout")
        case .refused: tr("failures.transport.refused")
        case .reset: tr("failures.transport.reset")
        case .tls: tr("failures.transport.tls")
        case .dns: tr("failures.transport.dns")
        case .malformedBody: status.map { tr("failures.transport.malformedStatus", String($0)) }
            ?? tr("failures.transport.malformed")
        case .other: tr("failures.transport.other")
        }
        let shownDetail = detailMessage.map { AdminMessages.all.text($0.key, $0.arguments) } ?? detail
        return shownDetail.isEmpty ? tr("failures.transport.line", prefix) : tr("failures.transport.lineDetail", prefix, shownDetail)
    }

    public static func == (lhs: TransportFailure, rhs: TransportFailure) -> Bool {
        lhs.kind == rhs.kind && lhs.status == rhs.status && lhs.detail == rhs.detail
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(status)
        hasher.combine(detail)
    }
}
