/// An `ApiError` body as Atlas sends it, plus the response headers that
/// matter for what to do next.
public struct APIErrorDetail: Sendable, Hashable {
    public var status: Int
    public var errorCode: String
    public var detail: String?
    public var reason: String?
    /// Values Atlas substituted into `detail`, as text.
    public var parameters: [String]
    /// `badRequestDetail.fields`: which request field was wrong, and why.
    public var fieldViolations: [FieldViolation]
    /// Seconds from a `Retry-After` header.
    public var retryAfter: Int?
    public var rateLimitRemaining: Int?

    public init(
        status: Int, errorCode: String, detail: String? = nil, reason: String? = nil,
        parameters: [String] = [], fieldViolations: [FieldViolation] = [],
        retryAfter: Int? = nil, rateLimitRemaining: Int? = nil
    ) {
        self.status = status
        self.errorCode = errorCode
        self.detail = detail
        self.reason = reason
        self.parameters = parameters
        self.fieldViolations = fieldViolations
        self.retryAfter = retryAfter
        self.rateLimitRemaining = rateLimitRemaining
    }

    /// `409 INTEGRATION_ALREADY_CONFIGURED: The integration of type …`.
    ///
    /// Falls back to the reason phrase when Atlas sent no detail, and leaves
    /// out an error code Atlas did not send.
    public var message: String {
        var line = errorCode.isEmpty ? "HTTP \(status)" : "\(status) \(errorCode)"
        if let detail, !detail.isEmpty {
            line += ": " + detail
        } else if let reason, !reason.isEmpty {
            line += ": " + reason
        }
        return line
    }

    /// The JSON key this error concerns: from `badRequestDetail.fields`, else
    /// from the error code, else from a field name quoted in `detail`.
    public var field: String? {
        if let first = fieldViolations.first?.field {
            return first.split(separator: ".").last.map(String.init) ?? first
        }
        return FieldHint.field(forErrorCode: errorCode, detail: detail, parameters: parameters)
    }
}
