extension UIEnglish {
    static let errors = #"""
    # Banners for a failed request. {0}: what was being done (errors.action.*, form.action.*)
    errors.failedWith = {0} failed: {1}
    errors.failed = {0} failed.
    # A known error code's explanation after the detail (shown in languages other than English)
    errors.explanation = " ({0})"
    errors.didNotComplete = {0} did not complete.
    errors.cancelled = {0} cancelled.
    errors.notSent = Not sent
    # {0}: what Atlas sent, as sent; {1}: the explanation of its error code
    errors.field.explained = {0} ({1})
    errors.action.demo = Starting the demo
    errors.action.organizations = Listing organizations
    errors.action.projects = Listing the projects of “{0}”
    errors.action.severalProjects = Listing the projects of {0} organizations ({1})
    errors.action.project = Reading the project
    errors.action.integrations = Listing integrations
    errors.action.deleting = Deleting
    # A write as a noun, for errors.lost.*
    errors.action.save = save
    errors.action.delete = delete

    errors.hint.retryNothingLost = Press r to retry; nothing you typed is lost.
    errors.hint.checkNetwork = Check the base URL and the network; nothing you typed is lost.
    errors.hint.editExisting = Press e to edit the existing one instead (PUT); your input is kept.
    errors.hint.unauthorized = Atlas refused these credentials here: the key may be wrong, lack Project Owner or Organization Owner, or not belong to this project's organization.
    errors.hint.forbidden = Atlas refused the request: often this machine's IP address is not on the API key's access list.
    errors.hint.alreadyGone = It is already gone; press r in the menu to refresh.
    errors.hint.notificationsPresent = Alert configurations still notify through it (the delete confirmation names them): change or remove those notifications in Atlas first, then delete.
    # {0}: errors.hint.wait or nothing
    errors.hint.tooManyRequests = Too many requests.{0} Press r to retry; your input is kept.
    errors.hint.wait = " Atlas asks to wait {0} s."
    errors.hint.retry = Press r to retry; your input is kept.
    errors.hint.pressRToRetry = Press r to retry.
    errors.hint.reload = Ctrl-R reloads.
    errors.hint.escToProjects = Esc goes to the project list.

    # How a write's answer was lost. {0}: errors.action.save or .delete
    errors.lost.answered = Atlas answered the {0} with {1}
    errors.lost.detail = ": {0}."
    errors.lost.end = .
    errors.lost.transport = " The {0} was sent; its answer was lost."
    errors.lost.cancelled = The {0} was cancelled after it was sent.
    errors.checkingDelete = Checking whether Atlas deleted {0}…
    errors.deleteUnknown.title = Unknown: the delete may or may not have been applied.
    errors.deleteUnknown.detail = Its answer was lost, and reading {0} back failed too: {1}
    errors.deleteUnknown.hint = Press r to read the project's integrations again before deleting again.
    errors.editor.title = The editor could not run.
    errors.editor.hint = Set $EDITOR (or $VISUAL), or edit the text here.
    errors.files.title = The {0} could not be written.
    errors.files.hint = Nothing was sent to Atlas. Start atlas-integrations from a directory you can write to.

    # Project lists that did not arrive whole
    errors.incomplete = "The list is incomplete: {0}. "
    errors.incomplete.arrivedOf = {0} of {1} projects of “{2}” arrived
    errors.incomplete.arrived = {0} projects of “{1}” arrived
    errors.incomplete.arrivedOfThese = {0} of {1} projects of these organizations arrived
    errors.incomplete.arrivedThese = {0} projects of these organizations arrived
    errors.incomplete.noneArrived = none of their projects arrived
    errors.quoted = “{0}”
    errors.list.more = {0} more
    errors.list.and = {0} and {1}
    errors.list.separator = ", "

    # One line on each Atlas error code this product knows (key: code.<errorCode>)
    code.INVALID_PAGER_DUTY_SERVICE_KEY = PagerDuty did not accept the service key.
    code.INVALID_DATADOG_API_KEY = Datadog did not accept the API key for this region.
    code.INVALID_URL = The URL is not one Atlas accepts.
    code.WEBHOOK_URL_NOT_SET = The webhook URL is missing.
    code.SLACK_OAUTH2_NOT_CONFIGURED = Slack is not connected: sign in with Slack in the Atlas UI.
    code.MUST_RECONFIGURE_SLACK_OAUTH2 = Slack must be connected again in the Atlas UI.
    code.LEGACY_SLACK_CONFIGURATION_UNSUPPORTED = The old Slack setup is no longer supported: connect Slack again in the Atlas UI.
    code.HIPCHAT_NOT_SUPPORTED = Atlas does not support HipChat for Atlas projects.
    code.INTEGRATION_ALREADY_CONFIGURED = The project already has an integration of this type.
    code.INTEGRATION_NOT_CONFIGURED = The project has no integration of this type.
    code.WEBHOOK_NOTIFICATIONS_PRESENT = Alert configurations still notify through this integration.
    code.INVALID_INTEGRATION_SETTINGS = Atlas refused the integration's settings.
    code.USER_UNAUTHORIZED = The credentials are not allowed to do this.
    code.NOT_IN_GROUP = The credentials do not belong to this project.
    code.USER_CANNOT_ACCESS_GROUP = The credentials cannot access this project.
    code.USER_CANNOT_ACCESS_ORG = The credentials cannot access this organization.
    code.NOT_ORG_GROUP_CREATOR = The credentials may not create projects in this organization.
    code.NOT_ORG_MEMBER = The credentials do not belong to this organization.
    code.GROUP_READ_ONLY = The project is read-only for these credentials.
    code.RESOURCE_REQUIRES_WHITELIST = This machine's IP address is not on the API key's access list.
    code.RESOURCE_NOT_FOUND = Atlas has no such resource.
    code.ORG_NOT_FOUND = Atlas has no such organization.
    code.INVALID_GROUP_ID = The project ID is not valid.
    code.INVALID_ORG_ID = The organization ID is not valid.
    code.MISSING_ATTRIBUTE = A required field is missing.
    code.MISSING_ATTRIBUTES = Required fields are missing.
    code.INVALID_ATTRIBUTE = A field has a value Atlas does not accept.
    code.INVALID_ENUM_VALUE = A field has a value outside the allowed list.
    code.INVALID_JSON = The request body is not valid JSON.
    code.MALFORMED_JSON = The request body is not valid JSON.
    code.INVALID_JSON_ATTRIBUTE = The request body has a field Atlas does not accept.
    code.VALIDATION_ERROR = Atlas refused a value in the request.
    code.INVALID_PATH_PARAMETER = A value in the request path is not valid.
    code.INVALID_QUERY_PARAMETER = A query parameter is not valid.
    code.INVALID_VERSION_DATE = Atlas does not know the API version asked for.
    code.METHOD_NOT_ALLOWED = Atlas does not allow this operation here.
    code.RATE_LIMITED_TOKEN_BUCKET = Too many requests: Atlas asks to slow down.
    code.UNEXPECTED_ERROR = Atlas had an unexpected error.
    code.SERVICE_UNAVAILABLE = Atlas is unavailable for the moment.
    code.BAD_GATEWAY = A gateway in front of Atlas failed.
    code.GATEWAY_TIMEOUT = A gateway in front of Atlas timed out.
    """#
}
