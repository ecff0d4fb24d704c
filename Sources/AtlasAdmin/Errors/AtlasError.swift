import Localization
import Foundation

/// The one error type of the service layer: what Atlas said, or why Atlas
/// could not be heard.
public enum AtlasError: Error, Sendable, Hashable {
    /// Atlas answered with an error body (or an error status).
    case api(APIErrorDetail)
    /// The request did not get a usable answer.
    case transport(TransportFailure)
    /// The request was refused before anything was sent (a malformed id, a
    /// masked secret in a body): `field` names the form field when there is one.
    case invalidInput(field: String?, message: String)
    /// The caller cancelled (Esc in the UI).
    case cancelled

    /// One line for a human, without secrets, in English: what logs, audit
    /// lines, checkpoints and files keep.
    public var message: String {
        Wording.inLanguage(.english) { localizedMessage }
    }

    /// The same line in the operator's language, for screens. What Atlas
    /// sent (`409 INTEGRATION_ALREADY_CONFIGURED: …`) is shown as sent.
    public var localizedMessage: String {
        switch self {
        case .api(let detail): detail.message
        case .transport(let failure): failure.localizedMessage
        case .invalidInput(_, let message): message
        case .cancelled: tr("failures.cancelled")
        }
    }

    /// The body field (JSON key) this error concerns, when it concerns one.
    public var field: String? {
        switch self {
        case .api(let detail): detail.field
        case .invalidInput(let field, _): field
        case .transport, .cancelled: nil
        }
    }

    /// The HTTP status, when there was one.
    public var status: Int? {
        switch self {
        case .api(let detail): detail.status
        case .transport(let failure): failure.status
        case .invalidInput, .cancelled: nil
        }
    }

    /// Atlas's stable error code, when it sent one.
    public var errorCode: String? {
        if case .api(let detail) = self { return detail.errorCode }
        return nil
    }

    /// Whether trying the same request again could help (the UI offers retry).
    public var isRetryable: Bool {
        switch self {
        case .api(let detail): [429, 500, 502, 503, 504].contains(detail.status)
        case .transport(let failure): failure.kind != .tls
        case .invalidInput, .cancelled: false
        }
    }
}

extension AtlasError: LocalizedError {
    public var errorDescription: String? { message }
}
