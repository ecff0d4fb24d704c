/// The Atlas error codes the sandbox produces, with Atlas's message texts.
///
/// Texts follow the official error table (`api-errors.txt`); each `%s` is
/// filled with the value that is also listed in `parameters`.
extension ApiFailure {
    // MARK: Request shape

    static let missingVersion = ApiFailure(
        status: 400, errorCode: "INVALID_VERSION_DATE",
        detail: "There is no version number in the request."
    )

    static func invalidQueryParameter(_ name: String) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_QUERY_PARAMETER",
                   detail: "Invalid query parameter \(name) specified.", parameters: [.string(name)])
    }

    static func invalidPathParameter(_ name: String) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_PATH_PARAMETER",
                   detail: "Invalid path parameter \(name) specified.", parameters: [.string(name)])
    }

    static let malformedJSON = ApiFailure(
        status: 400, errorCode: "MALFORMED_JSON", detail: "Received JSON is malformed."
    )

    static let invalidJSON = ApiFailure(
        status: 400, errorCode: "INVALID_JSON", detail: "Received JSON does not match expected format."
    )

    static func invalidJSONAttribute(_ name: String, expected: String) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_JSON_ATTRIBUTE",
                   detail: "Received JSON for the \(name) attribute does not match expected format.",
                   parameters: [.string(name)], fields: [Field(field: name, description: "must be \(expected)")])
    }

    static func invalidAttribute(_ name: String, reason: String = "is not a property of this integration type") -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_ATTRIBUTE",
                   detail: "Invalid attribute \(name) specified.", parameters: [.string(name)],
                   fields: [Field(field: name, description: reason)])
    }

    static func missingAttributes(_ names: [String]) -> ApiFailure {
        let fields = names.map { Field(field: $0, description: "is required") }
        if names.count == 1, let name = names.first {
            return ApiFailure(status: 400, errorCode: "MISSING_ATTRIBUTE",
                              detail: "The required attribute \(name) was not specified.",
                              parameters: [.string(name)], fields: fields)
        }
        let list = names.joined(separator: ", ")
        return ApiFailure(status: 400, errorCode: "MISSING_ATTRIBUTES",
                          detail: "The required attributes \(list) were not specified.",
                          parameters: [.string(list)], fields: fields)
    }

    static func invalidEnumValue(_ value: String, field: String, allowed: [String]) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_ENUM_VALUE",
                   detail: "An invalid enumeration value \(value) was specified.", parameters: [.string(value)],
                   fields: [Field(field: field, description: "must be one of \(allowed.joined(separator: ", "))")])
    }

    static func validationError(_ message: String, field: String? = nil) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "VALIDATION_ERROR",
                   detail: "The request content produced the validation error: \(message).",
                   parameters: [.string(message)],
                   fields: field.map { [Field(field: $0, description: message)] } ?? [])
    }

    // MARK: Integrations

    static func integrationAlreadyConfigured(_ type: String) -> ApiFailure {
        ApiFailure(status: 409, errorCode: "INTEGRATION_ALREADY_CONFIGURED",
                   detail: "The integration of type '\(type)' is already configured for this group.",
                   parameters: [.string(type)])
    }

    /// Atlas keeps a Webhook while alert configurations still notify through it.
    static let webhookNotificationsPresent = ApiFailure(
        status: 400, errorCode: "WEBHOOK_NOTIFICATIONS_PRESENT",
        detail: "Webhook settings cannot be deleted when notifications for this integration are present."
    )

    static func integrationNotConfigured(_ type: String) -> ApiFailure {
        ApiFailure(status: 404, errorCode: "INTEGRATION_NOT_CONFIGURED",
                   detail: "The integration of type '\(type)' is not configured for this group.",
                   parameters: [.string(type)])
    }

    static func invalidIntegrationSettings(_ type: String, _ problem: String, field: String) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_INTEGRATION_SETTINGS",
                   detail: "The provided settings for the \(type) integration were invalid: \(problem).",
                   parameters: [.string("\(type) \(problem)")],
                   fields: [Field(field: field, description: problem)])
    }

    static let invalidDatadogAPIKey = ApiFailure(
        status: 400, errorCode: "INVALID_DATADOG_API_KEY",
        detail: "Datadog API key must consist of 32 hexadecimal digits.",
        fields: [Field(field: "apiKey", description: "must be 32 hexadecimal digits")]
    )

    static let invalidPagerDutyServiceKey = ApiFailure(
        status: 400, errorCode: "INVALID_PAGER_DUTY_SERVICE_KEY",
        detail: "PagerDuty service key must consist of 32 hexadecimal digits.",
        fields: [Field(field: "serviceKey", description: "must be 32 hexadecimal digits")]
    )

    static func invalidURL(_ url: String, field: String) -> ApiFailure {
        ApiFailure(status: 400, errorCode: "INVALID_URL", detail: "Invalid URL \(url).",
                   parameters: [.string(url)], fields: [Field(field: field, description: "must be an http or https URL")])
    }

    static let hipChatNotSupported = ApiFailure(
        status: 400, errorCode: "HIPCHAT_NOT_SUPPORTED",
        detail: "HipChat integration is only supported for Ops Manager projects."
    )

    static let slackOAuth2NotConfigured = ApiFailure(
        status: 400, errorCode: "SLACK_OAUTH2_NOT_CONFIGURED",
        detail: "Slack OAuth2 is not yet configured, and must be configured via the UI."
    )

    static let mustReconfigureSlackOAuth2 = ApiFailure(
        status: 400, errorCode: "MUST_RECONFIGURE_SLACK_OAUTH2",
        detail: "Slack API Tokens and Teams can only be modified by reconfiguring OAuth2 via the UI."
    )

    // MARK: Projects and organizations

    static let notInGroup = ApiFailure(
        status: 401, errorCode: "NOT_IN_GROUP",
        detail: "The current user is not in the group, or the group does not exist."
    )

    static func invalidGroupID(_ id: String) -> ApiFailure {
        ApiFailure(status: 404, errorCode: "INVALID_GROUP_ID",
                   detail: "An invalid group ID \(id) was specified.", parameters: [.string(id)])
    }

    static func invalidOrgID(_ id: String) -> ApiFailure {
        ApiFailure(status: 404, errorCode: "INVALID_ORG_ID",
                   detail: "An invalid organization ID \(id) was specified.", parameters: [.string(id)])
    }

    static func orgNotFound(_ id: String) -> ApiFailure {
        ApiFailure(status: 404, errorCode: "ORG_NOT_FOUND",
                   detail: "No organization with ID \(id) exists.", parameters: [.string(id)])
    }

    // MARK: Authentication, authorization, limits

    static let unauthorized = ApiFailure(
        status: 401, errorCode: "UNAUTHORIZED", detail: "You are not authorized for this resource."
    )

    static let userUnauthorized = ApiFailure(
        status: 401, errorCode: "USER_UNAUTHORIZED",
        detail: "Current user is not authorized to perform this action."
    )

    static func rateLimited(endpointSet: String, retryAfter: Int, capacity: Int, refill: Int, perSeconds: Int) -> ApiFailure {
        ApiFailure(
            status: 429, errorCode: "RATE_LIMITED_TOKEN_BUCKET",
            detail: "Rate limit exceeded for \(endpointSet). Please retry after \(retryAfter) seconds. "
                + "Request capacity: \(capacity). Refill rate: \(refill) per \(perSeconds) seconds.",
            parameters: [.string(endpointSet), .int(retryAfter), .int(capacity), .int(refill), .int(perSeconds)],
            headers: [("Retry-After", String(retryAfter))]
        )
    }

    // MARK: Routing and server

    static func resourceNotFound(_ path: String) -> ApiFailure {
        ApiFailure(status: 404, errorCode: "RESOURCE_NOT_FOUND",
                   detail: "Cannot find resource \(path).", parameters: [.string(path)])
    }

    static func methodNotAllowed(_ method: String, _ path: String) -> ApiFailure {
        ApiFailure(status: 405, errorCode: "METHOD_NOT_ALLOWED",
                   detail: "Method \(method) is not allowed for resource \(path).",
                   parameters: [.string(method), .string(path)])
    }

    static let unexpectedError = ApiFailure(status: 500, errorCode: "UNEXPECTED_ERROR", detail: "Unexpected error.")

    /// The server-side failure a fault rule injects for `status`.
    static func injected(status: Int) -> ApiFailure {
        switch status {
        case 403: ApiFailure(status: 403, errorCode: "RESOURCE_REQUIRES_WHITELIST",
                             detail: "This resource requires access through an access list of IP addresses.")
        case 502: ApiFailure(status: 502, errorCode: "BAD_GATEWAY", detail: "Bad gateway.")
        case 503: ApiFailure(status: 503, errorCode: "SERVICE_UNAVAILABLE",
                             detail: "The service is temporarily unavailable. Please try again later.")
        case 504: ApiFailure(status: 504, errorCode: "GATEWAY_TIMEOUT", detail: "Gateway timeout.")
        default: ApiFailure(status: status, errorCode: "UNEXPECTED_ERROR", detail: "Unexpected error.")
        }
    }

    /// An injected failure whose `detail` and only parameter are `detail`.
    static func injected(status: Int, detail: String) -> ApiFailure {
        var failure = injected(status: status)
        failure.detail = detail
        failure.parameters = [.string(detail)]
        return failure
    }
}
