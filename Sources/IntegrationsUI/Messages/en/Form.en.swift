extension UIEnglish {
    static let form = #"""
    # The integration form: mode line, status, scrolling
    form.mode.create = New {0} integration: saving creates it (POST).
    form.mode.edit = Editing {0}: saving replaces it (PUT). Type secrets again; Atlas only shows their tails.
    form.mode.view = Shown only.
    form.status.readingBack = Reading it back from Atlas…
    form.status.saving = Saving to Atlas… esc stops waiting
    form.status.editor = Waiting for the editor…
    form.scroll.above.one = {0} more line above
    form.scroll.above.other = {0} more lines above
    form.scroll.below = more below (tab)

    # Fields
    form.placeholder.optional = (optional)
    form.notSet = (not set)
    form.current = "current: "
    form.current.hidden = " (hidden by Atlas)"
    form.required.typeAgain = Required: Atlas never returns this value, so type it again.
    # {0}: the labels of the fields in error, joined by form.list.separator
    form.fixBeforeSaving = Fix before saving: {0}
    form.list.separator = ", "
    form.secret.typeAgain = Atlas never returns it: type it again
    form.secret.noun.key = key
    form.secret.noun.url = URL
    # {0}: form.secret.noun.*
    form.secret.show = show the {0}
    form.secret.hide = hide the {0}
    form.secret.count = {0} chars
    form.secret.shown = " (shown)"
    form.secret.typedEnds = "  typed ends "
    form.secret.same.long = same last four
    form.secret.same = same
    form.secret.differs.long = differs: this replaces the key
    form.secret.differs = differs
    form.toggle.on = on
    form.toggle.off = off
    form.multiline.limit = Limit is {0} characters: {1} not inserted.
    form.multiline.position = line {0}/{1}
    form.multiline.bytes = {0} bytes
    form.multiline.scroll = scroll

    # Keys (footer and help)
    form.key.next = next
    form.key.previous = previous
    form.key.enter = next / save on last
    form.key.save = save
    form.key.cannotSave = this form cannot be saved
    form.key.back = back
    form.key.stopWaiting = stop waiting
    form.key.help = help
    form.key.editInstead = edit existing instead
    form.key.retry = retry
    form.key.recheck = read it back again
    form.key.toForm = back to the fields
    form.key.testDelivery = send a test
    form.key.retrySave = retry save
    form.key.readBackFirst = read back first
    form.key.qIsALetter = q is a letter in a text field
    form.choice.previous = previous option
    form.choice.next = next option
    form.choice.first = first option
    form.choice.last = last option
    form.toggle.switch = switch on/off
    form.multiline.newLine = new line
    form.multiline.editor = open $EDITOR
    form.multiline.lineUp = line up
    form.multiline.lineDown = line down
    form.multiline.left = left
    form.multiline.right = right
    form.multiline.home = start of line
    form.multiline.end = end of line
    form.multiline.pageUp = page up
    form.multiline.pageDown = page down
    form.multiline.deleteBackward = delete before cursor
    form.multiline.deleteForward = delete at cursor
    form.multiline.deleteToEnd = delete to end of line

    # Saving and what became of a save
    form.action.saving = Saving
    form.action.detachedSave = The save you stopped waiting for
    form.inputKept = Your input is kept.
    form.noAnswer = The save got no answer.
    form.stopped.title = Stopped waiting for the save.
    form.stopped.detail = It was sent and may still be applied: its answer is shown here and in the menu when it comes.
    form.detached.applied = The save you stopped waiting for was applied.
    form.detached.appliedDetail = Atlas now holds it; saving again replaces it (PUT). Esc goes to the menu.
    form.detached.appliedType = The {0} save you stopped waiting for was applied.
    form.checking.title = Checking whether Atlas applied the save…
    # {0}: how the answer was lost, one sentence
    form.checking.detail = {0} Reading the integration back before saying anything.
    form.notApplied.title = Not saved (checked by reading it back).
    form.notApplied.detail = {0} Atlas does not hold these settings.
    form.notApplied.hint = Press r to send it again; your input is kept.
    form.appliedWithChanges.title = Saved (confirmed by reading it back).
    form.appliedWithChanges.detail = Atlas holds what was sent. You changed fields since: Ctrl-S sends them (PUT); Esc goes to the menu.
    form.checkFailed.title = Unknown: the save may or may not have been applied.
    form.checkFailed.detail = {0} Reading it back failed too: {1}
    form.checkFailed.hint = Check before retrying: r reads it back again; your input is kept.
    form.switched.title = Editing the existing {0} integration.
    form.switched.detail = Saving now replaces it (PUT). Everything you typed is kept, secrets included.
    form.viewOnly.nothingSaved = Nothing is saved from this view.
    form.earlierSave.title = The earlier save has not been answered yet.
    form.earlierSave.detail = Sending again now could create it twice; its answer is shown here when it comes.
    form.resume.notPlanned = Not the settings this apply planned.
    form.resume.hint = Type them as they were; your input is kept.
    # {0}: the integration's name, {1}: the project's
    form.saved.created = Created {0} on “{1}”.
    form.saved.updated = Updated {0} on “{1}”.
    form.saved.confirmed = Saved {0} on “{1}” (confirmed by reading it back).
    form.saved.holds = Atlas now holds: {0}
    # {0}: form.saved.*
    form.saved.scrapeNote = {0} Its scrape configuration:
    form.deleted = Deleted {0} from “{1}”.
    form.deleted.confirmed = Deleted {0} from “{1}” (confirmed by reading it back).
    form.notDeleted.title = Not deleted (checked by reading it back).
    form.notDeleted.detail = The delete got no answer, and Atlas still holds {0} on “{1}”.
    form.hint.deleteAgain = Press d to try again.
    form.leftover.notYet = Atlas does not hold it yet, but it was sent only {0} s before this start and may still be applied.
    form.leftover.noValues = this record has no values to compare with what Atlas holds.

    # Opening and leaving a form
    form.open.stillLoading = Still loading this project's integrations.
    form.open.tryAgain = Try again in a moment.
    form.open.needsIntegrations = No form opens without the project's integrations: r reads them again, Esc goes to the project list.
    form.open.notRead = This project's integrations were not read.
    form.open.notReadHint = No form opens without them: r reads them again, Esc goes to the project list.
    form.readOnly.title = Read-only mode
    form.readOnly.noCreate = creating integrations is off (started with --read-only).
    form.readOnly.noSave = saving is off (started with --read-only).
    form.readOnly.viewReason = Read-only mode (--read-only): shown, not editable.
    # {0}: why the type cannot be changed here, one sentence
    form.limited.viewReason = {0} Shown only; d in the menu deletes it.
    form.limited.cannotSetUp = {0} cannot be set up here.
    form.quit.title = Quit?
    form.quit.message = Quit and throw away what you typed in this form?
    form.quit.confirm = Quit
    form.discard.title = Discard input?
    form.discard.message = Go back and throw away what you typed in this form?
    form.discard.confirm = Discard
    form.dialog.stay = Stay
    """#
}
