extension RuntimeEnglish {
    static let runtime = #"""
    runtime.nocredentials = No Atlas credentials are configured.
    runtime.nocredentials.found = No Atlas credentials were found in the environment or in {0}.
    runtime.auth.apikey = API key (Digest)
    runtime.auth.serviceaccount = service account
    runtime.demo.failed = the demo sandbox could not start: {0}
    runtime.type.unknown = {0} must be one of {1}, got {2}
    runtime.type.none = {0} names no type
    runtime.log.cannotopen = cannot open the log file {0}: {1}
    runtime.org.unknown = No organization these credentials see has the id or name {0}.
    runtime.org.ambiguous = {0} organizations are named {1} ({2}): give the id.
    runtime.audit.refusal = Not sent: every write is recorded in the audit log, and it cannot be written ({0}). Nothing was sent to Atlas; your input is kept.
    runtime.exit.waiting = waiting up to {0} s for the {1} to finish…
    runtime.exit.reminder = " The next start will remind you to check it."
    runtime.exit.finished = the {0} finished: {1}.
    runtime.exit.ended = the {0} ended with {1}; it may or may not have been applied.{2}
    runtime.exit.noanswer = the {0} got no answer in {1} s; it may or may not have been applied.{2}
    runtime.outcome.saved = saved
    runtime.outcome.deleted = deleted
    runtime.outcome.refused = Atlas refused it ({0}), so it was not applied
    runtime.outcome.noanswer = no answer ({0})
    runtime.outcome.done = done
    """#
}
