import AtlasAdmin
import Localization

/// Turns an `AtlasError` into what the operator sees: a banner with the
/// HTTP status, Atlas's error code and detail, and what to do next.
///
/// What Atlas sent (its code and `detail`) is shown as sent. In a language
/// other than English, a known error code's one-line explanation
/// (`code.<ERROR_CODE>` in the Errors table) goes beside it.
enum ErrorPresentation {
    static func banner(for error: AtlasError, doing action: String, canRetry: Bool = true) -> Banner {
        switch error {
        case .api(let detail):
            let title = Sanitizer.sanitize("\(detail.status) \(detail.errorCode)", maxCharacters: 120)
            let text = detail.detail.map { Sanitizer.sanitize($0, maxCharacters: 400) }
                ?? detail.reason.map { Sanitizer.sanitize($0, maxCharacters: 120) }
            var line = text.map { tr("errors.failedWith", action, $0) } ?? tr("errors.failed", action)
            if let explanation = explanation(ofCode: detail.errorCode) { line += tr("errors.explanation", explanation) }
            return Banner(.error, title, detail: line, hint: hint(for: detail, retryable: error.isRetryable && canRetry))
        case .transport(let failure):
            let hint = error.isRetryable && canRetry ? tr("errors.hint.retryNothingLost") : tr("errors.hint.checkNetwork")
            return Banner(.error, Sanitizer.sanitize(failure.localizedMessage, maxCharacters: 300),
                          detail: tr("errors.didNotComplete", action), hint: hint)
        case .invalidInput(_, let message):
            return Banner(.error, tr("errors.notSent"), detail: Sanitizer.sanitize(message, maxCharacters: 300))
        case .cancelled:
            return Banner(.info, tr("errors.cancelled", action))
        }
    }

    static func hint(for detail: APIErrorDetail, retryable: Bool) -> String? {
        switch (detail.status, detail.errorCode) {
        case (409, "INTEGRATION_ALREADY_CONFIGURED"):
            return tr("errors.hint.editExisting")
        case (401, _):
            return tr("errors.hint.unauthorized")
        case (403, _):
            return tr("errors.hint.forbidden")
        case (404, "INTEGRATION_NOT_CONFIGURED"):
            return tr("errors.hint.alreadyGone")
        case (400, "WEBHOOK_NOTIFICATIONS_PRESENT"):
            return tr("errors.hint.notificationsPresent")
        case (429, _):
            let wait = detail.retryAfter.map { tr("errors.hint.wait", String($0)) } ?? ""
            return tr("errors.hint.tooManyRequests", wait)
        default:
            return retryable ? tr("errors.hint.retry") : nil
        }
    }

    /// The one-line explanation of a known Atlas error code in the
    /// operator's language; nil for an unknown code, and in English, where
    /// Atlas's own `detail` says it already.
    static func explanation(ofCode code: String) -> String? {
        guard Wording.language != .english, !code.isEmpty,
              code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else { return nil }
        let key = "code." + code
        return UIMessages.all.has(key) ? tr(key) : nil
    }

    /// One sentence on how a write's answer was lost (`action`: the write
    /// as a noun, `errors.action.save`).
    static func lostAnswer(_ error: AtlasError, of action: String) -> String {
        switch error {
        case .api(let detail):
            Sanitizer.sanitize(tr("errors.lost.answered", action, "\(detail.status) \(detail.errorCode)"), maxCharacters: 160)
                + ((detail.detail ?? detail.reason).map { tr("errors.lost.detail", Sanitizer.sanitize($0, maxCharacters: 300)) }
                    ?? tr("errors.lost.end"))
        case .transport(let failure):
            Sanitizer.sanitize(failure.localizedMessage, maxCharacters: 200) + tr("errors.lost.transport", action)
        case .cancelled:
            tr("errors.lost.cancelled", action)
        case .invalidInput(_, let message):
            Sanitizer.sanitize(message, maxCharacters: 200)
        }
    }

    /// The message to show at a field, when the error concerns one: the
    /// field Atlas named, else the one of this type the error code
    /// concerns. Atlas's words as sent, with a known code's explanation
    /// beside them in a language other than English.
    static func fieldMessage(for error: AtlasError, in entry: CatalogEntry) -> (field: String, message: String)? {
        switch error {
        case .api(let detail):
            let named = detail.field.flatMap { entry.field($0) != nil ? $0 : nil }
            guard let field = named ?? entry.field(forErrorCode: detail.errorCode)?.key else { return nil }
            let violation = detail.fieldViolations.first { $0.field == field || $0.field.hasSuffix("." + field) }
            let text = Sanitizer.sanitize(violation?.description ?? detail.detail ?? detail.errorCode, maxCharacters: 300)
            guard let explanation = explanation(ofCode: detail.errorCode) else { return (field, text) }
            return (field, tr("errors.field.explained", text, explanation))
        case .invalidInput(let field?, let message):
            return (field, Sanitizer.sanitize(message, maxCharacters: 300))
        default:
            return nil
        }
    }
}
