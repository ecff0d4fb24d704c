extension AdminEnglish {
    static let apply = #"""
    # Why a project is not written
    apply.refusal.readonly = Read-only: this key or session cannot write integrations.
    apply.refusal.notread = The project's integrations were not read.
    apply.refusal.notwritable = {0} cannot be written from here.

    # A run that stops, or a write not confirmed
    apply.run.othersettings = The settings are not the ones this plan was made for: nothing was sent.
    apply.run.nocheckpoint.start = Not started: {0} Without it the apply could not be resumed; nothing was sent.
    apply.run.nocheckpoint = Stopped: {0} Without it the apply could not be resumed; the rest stays planned.
    apply.run.noaudit = Stopped: every write is recorded in the audit log, and it cannot be written ({0}). No write was sent without its record; the rest stays planned.
    apply.run.unauthorized = Stopped: Atlas no longer lets this key write integrations ({0}). What was not written stays planned.
    apply.run.notconfirmed = Not confirmed: {0}
    apply.run.noanswer = No answer yet: {0}
    apply.run.endedunconfirmed = The run ended before the write was confirmed.

    # Checkpoints: resuming, and files that cannot be used
    apply.checkpoint.othertype = This apply was of {0}; the settings given are of {1}.
    apply.checkpoint.othertail = The {0} typed does not end in “{1}” like the one this apply was planned with: type the same {0} to resume.
    apply.checkpoint.othervalue = The {0} differs from the one this apply was planned with: give the same settings to resume, or start a new apply.
    apply.checkpoint.encode = The apply's checkpoint could not be encoded.
    apply.checkpoint.mkdir = Cannot create {0} for the apply's checkpoint.
    apply.checkpoint.write = Cannot write the apply's checkpoint {0}: {1}.
    apply.checkpoint.unreadable = The apply checkpoint {0} cannot be read.
    apply.checkpoint.damaged = The apply checkpoint {0} is damaged (not a complete record): check the projects' integrations in the matrix and apply again.
    apply.checkpoint.older = The apply checkpoint {0} was written by an older version (format {1}) and cannot be resumed: check the projects' integrations and apply again.
    apply.checkpoint.newer = The apply checkpoint {0} was written by a newer version (format {1}): resume it with that version.
    apply.checkpoint.otherurl = The apply checkpoint {0} is for {1}, not {2}: start the program against that Atlas to resume it.
    apply.checkpoint.notwritten = Not written.
    """#
}
