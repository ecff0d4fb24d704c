import AtlasAdmin

/// Turns an `AtlasError` into what the operator sees: a banner with the
/// HTTP status, Atlas's error code and detail, and what to do next.
enum ErrorPresentation {
    static func banner(for error: AtlasError, doing action: String, canRetry: Bool = true) -> Banner {
        switch error {
        case .api(let detail):
            let title = Sanitizer.sanitize("\(detail.status) \(detail.errorCode)", maxCharacters: 120)
            let text = detail.detail.map { Sanitizer.sanitize($0, maxCharacters: 400) }
                ?? detail.reason.map { Sanitizer.sanitize($0, maxCharacters: 120) }
            return Banner(.error, title, detail: text.map { "\(action) failed: \($0)" } ?? "\(action) failed.",
                          hint: hint(for: detail, retryable: error.isRetryable && canRetry))
        case .transport(let failure):
            let hint = error.isRetryable && canRetry
                ? "Press r to retry; nothing you typed is lost."
                : "Check the base URL and the network; nothing you typed is lost."
            return Banner(.error, Sanitizer.sanitize(failure.message, maxCharacters: 300), detail: "\(action) did not complete.", hint: hint)
        case .invalidInput(_, let message):
            return Banner(.error, "Not sent", detail: Sanitizer.sanitize(message, maxCharacters: 300))
        case .cancelled:
            return Banner(.info, "\(action) cancelled.")
        }
    }

    static func hint(for detail: APIErrorDetail, retryable: Bool) -> String? {
        switch (detail.status, detail.errorCode) {
        case (409, "INTEGRATION_ALREADY_CONFIGURED"):
            return "Press e to edit the existing one instead (PUT); your input is kept."
        case (401, _):
            return "Atlas refused these credentials here: the key may be wrong, lack Project Owner or Organization Owner, or not belong to this project's organization."
        case (403, _):
            return "Atlas refused the request: often this machine's IP address is not on the API key's access list."
        case (404, "INTEGRATION_NOT_CONFIGURED"):
            return "It is already gone; press r in the menu to refresh."
        case (400, "WEBHOOK_NOTIFICATIONS_PRESENT"):
            return "Alert configurations still notify through it (the delete confirmation names them): change or remove those notifications in Atlas first, then delete."
        case (429, _):
            let wait = detail.retryAfter.map { " Atlas asks to wait \($0) s." } ?? ""
            return "Too many requests.\(wait) Press r to retry; your input is kept."
        default:
            return retryable ? "Press r to retry; your input is kept." : nil
        }
    }

    /// One sentence on how a write's answer was lost (`action`: "save").
    static func lostAnswer(_ error: AtlasError, of action: String) -> String {
        switch error {
        case .api(let detail):
            Sanitizer.sanitize("Atlas answered the \(action) with \(detail.status) \(detail.errorCode)", maxCharacters: 160)
                + ((detail.detail ?? detail.reason).map { ": " + Sanitizer.sanitize($0, maxCharacters: 300) + "." } ?? ".")
        case .transport(let failure):
            Sanitizer.sanitize(failure.message, maxCharacters: 200) + " The \(action) was sent; its answer was lost."
        case .cancelled:
            "The \(action) was cancelled after it was sent."
        case .invalidInput(_, let message):
            Sanitizer.sanitize(message, maxCharacters: 200)
        }
    }

    /// The message to show at a field, when the error concerns one: the
    /// field Atlas named, else the one of this type the error code concerns.
    static func fieldMessage(for error: AtlasError, in entry: CatalogEntry) -> (field: String, message: String)? {
        switch error {
        case .api(let detail):
            let named = detail.field.flatMap { entry.field($0) != nil ? $0 : nil }
            guard let field = named ?? entry.field(forErrorCode: detail.errorCode)?.key else { return nil }
            let violation = detail.fieldViolations.first { $0.field == field || $0.field.hasSuffix("." + field) }
            let text = violation?.description ?? detail.detail ?? detail.errorCode
            return (field, Sanitizer.sanitize(text, maxCharacters: 300))
        case .invalidInput(let field?, let message):
            return (field, Sanitizer.sanitize(message, maxCharacters: 300))
        default:
            return nil
        }
    }
}
