extension AdminEnglish {
    static let failures = #"""
    failures.cancelled = Cancelled.

    # Why a request got no usable answer (TransportFailure): the line is
    # failures.transport.line or .lineDetail around one of the prefixes.
    failures.transport.timeout = Atlas did not answer in time
    failures.transport.refused = Could not connect to Atlas
    failures.transport.reset = The connection to Atlas dropped
    failures.transport.tls = The TLS connection to Atlas failed
    failures.transport.dns = The Atlas host name could not be resolved
    failures.transport.malformedStatus = Atlas sent an unreadable answer (HTTP {0})
    failures.transport.malformed = Atlas sent an unreadable answer
    failures.transport.other = The request to Atlas failed
    failures.transport.line = {0}.
    failures.transport.lineDetail = {0}: {1}

    # The detail after the prefix
    failures.detail.unexpected = unexpected error
    failures.detail.noAnswerWithin = no answer within {0}
    failures.detail.connectionRefused = connection refused
    failures.detail.bodyEndedEarly = the body ended early
    failures.detail.closedBeforeAnswer = connection closed before an answer
    failures.detail.certificateRejected = certificate or handshake rejected
    failures.detail.unknownHost = unknown host
    failures.detail.noNetwork = no network connection
    failures.detail.connectionReset = connection reset
    failures.detail.urlError = URL error {0}
    failures.detail.noToken = the token answer held no token
    failures.detail.htmlInsteadOfAnswer = an HTML page instead of an Atlas JSON answer (a proxy or gateway may be in the way)
    failures.detail.htmlInsteadOfErrorBody = an HTML page instead of an Atlas error body (a proxy or gateway may be in the way)
    failures.detail.tooDeep = JSON nested deeper than any Atlas answer
    failures.detail.incompleteJSON = incomplete JSON (the body was cut short)
    failures.detail.jsonNotAnswer = JSON that is not an Atlas JSON answer
    failures.detail.jsonNotErrorBody = JSON that is not an Atlas error body
    failures.detail.notJSON = {0} bytes that are not JSON
    failures.detail.notHTTP = not an HTTP response
    # {0}: the integration type's name
    failures.detail.notReturned = Atlas accepted the {0} settings but did not return them

    # A request refused before it was sent (AtlasError.invalidInput). {0}: the value as given
    failures.input.projectID = "{0}" is not a valid project id (24 lower-case hex digits).
    failures.input.organizationID = "{0}" is not a valid organization id (24 lower-case hex digits).
    failures.input.type = "{0}" is not an integration type.
    failures.input.projectName = A project name has 1 to 64 characters.
    failures.input.encoding = The settings could not be encoded as JSON.

    # Credentials and the base URL (ConfigurationError)
    failures.config.noProfiles = it has no profiles
    failures.config.profiles = it has: {0}
    failures.config.unknownProfile = No profile "{0}" in {1} ({2}).
    failures.config.missingFile = Profile "{0}" was asked for, but there is no Atlas CLI config file at {1}.
    failures.config.line = " line {0}"
    failures.config.column = ", column {0}"
    failures.config.unreadable = Cannot read {0}: {1}.
    failures.config.incomplete = {0} is set in {1} but {2} is not; set both or neither.
    failures.config.invalidBaseURL = The base URL "{0}" from {1} is not an http(s) URL with a host.
    failures.config.unsupportedAuthType = Profile "{0}" uses auth_type "{1}", which atlas-integrations does not support; use an API key or a service account.
    failures.config.serviceAccountVariables = MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET
    failures.config.apiKeyVariables = MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY
    failures.config.secretsNotInFile = Profile "{0}" in {1} keeps its secrets in the system keyring, which atlas-integrations does not read; set {2} instead.

    # Records of unfinished writes from an earlier session that cannot be read (WriteJournal).
    # {0}: the directory or file; {1}: failures.journal.incomplete, .permission, .other or the system's reason
    failures.journal.unreadable = The journal of unfinished writes in {0} could not be read ({1}): a save or delete from an earlier session may not have finished; check your projects' integrations.
    failures.journal.record = A record of an unfinished write ({0}) could not be read ({1}): a save or delete from an earlier session may not have finished; check your projects' integrations.
    failures.journal.incomplete = not a complete record
    failures.journal.permission = permission denied
    failures.journal.other = unreadable

    # Where credentials came from, and warnings at start
    failures.source.environment = the environment
    failures.source.profile = profile "{0}" in {1}
    config.profileName = profile "{0}"
    failures.source.key = {0} in {1}
    failures.warning.ignoredVariable = {0} is ignored because --profile {1} was given.
    failures.warning.both = Both a service account ({0}) and an API key ({1}) are set in {2}; using the service account.
    failures.warning.badID = {0} is not a 24-hex-digit id and is ignored.
    failures.warning.plainHTTP = {0} is plain http: requests and tokens travel unencrypted.
    failures.warning.readable = {0} can be read by other users (mode {1}); run: chmod 600 {0}
    failures.file.directory = it is a directory
    failures.file.unreadable = permission denied or I/O error
    failures.file.notUTF8 = the file is not UTF-8 text
    failures.file.notTOML = not valid TOML
    # The journal of writes in flight could not record one
    failures.journal.cannotRecord = cannot record the write in {0}: {1}
    failures.journal.cannotCreate = cannot create {0}: {1}
    failures.journal.cannotWrite = cannot write {0}: {1}
    """#
}
