/// What became of a test delivery, in the words an operator debugging the
/// receiver needs: the answer's status, time and first lines, or why there
/// was none, and what was sent (event and signature).
public struct TestDeliveryReport: Sendable, Hashable {
    /// Scheme and host the sample went to (never the whole URL).
    public var destination: String
    /// `X-MMS-Event` as sent, for a sample alert.
    public var event: String?
    /// `X-MMS-Signature` as sent; nil when no secret was typed (none is sent then).
    public var signature: String?
    public var elapsed: Duration
    public var outcome: Outcome

    public enum Outcome: Sendable, Hashable {
        /// The receiver answered: its status and the first lines of its
        /// body, made safe to draw.
        case answered(status: Int, bodyLines: [String])
        /// The receiver answered with a redirect, which was not followed.
        case redirected(status: Int, location: String?)
        /// No answer: the kind of failure and one line saying it.
        case failed(TransportFailure.Kind, String)
    }

    public init(destination: String, event: String?, signature: String?, elapsed: Duration, outcome: Outcome) {
        self.destination = destination
        self.event = event
        self.signature = signature
        self.elapsed = elapsed
        self.outcome = outcome
    }

    /// Whether the receiver took the sample (a 2xx answer).
    public var accepted: Bool {
        if case .answered(let status, _) = outcome { return (200..<300).contains(status) }
        return false
    }

    /// The headline: what happened, in one line.
    public var headline: String {
        switch outcome {
        case .answered(let status, _):
            return (200..<300).contains(status)
                ? tr("delivery.accepted", String(status))
                : tr("delivery.refused", String(status))
        case .redirected(let status, let location):
            return location.map { tr("delivery.redirected.to", String(status), $0) } ?? tr("delivery.redirected", String(status))
        case .failed(_, let line):
            return line
        }
    }
}
