extension UIEnglish {
    static let apply = #"""
    # Starting an apply from the matrix
    apply.projects.one = {0} project
    apply.projects.other = {0} projects
    apply.start.notwritable = {0} cannot be applied from here.
    apply.start.readonly = Read-only mode
    apply.start.readonly.detail = applying is off (started with --read-only).
    apply.start.fill = {0} for {1}: fill the form once.
    apply.start.fill.detail = Ctrl-S reads every project and shows the plan; nothing is sent before you confirm it. The secret is kept in memory only, for this apply.
    apply.start.from = {0} for {1}, starting from “{2}”.
    apply.start.from.clear = Its clear values are filled in. Ctrl-S reads every project and shows the plan.
    apply.start.from.masked = Its clear values are filled in; type the {0} again: Atlas shows them only masked. Ctrl-S reads every project and shows the plan.
    apply.list.and = " and "
    apply.list.separator = ", "
    apply.doing.plan = Reading the projects for the plan
    apply.doing.run = The apply
    apply.write.applied = applied

    # The screen
    apply.key.confirm = apply (type the number first)
    apply.key.confirmcount = apply {0} (type {0} first)
    apply.key.nothing = nothing to write
    apply.key.rewritesame = write the same ones too
    apply.key.skipsame = skip the same ones
    apply.key.stop = stop starting writes
    apply.key.stopping = stopping…
    apply.key.back = back
    apply.key.retry = retry failed
    apply.key.nothingfailed = nothing failed
    apply.confirm.placeholder = number of writes
    apply.confirm.prompt.one = " Type {0} and Enter to send {0} write: "
    apply.confirm.prompt.other = " Type {0} and Enter to send {0} writes: "
    apply.confirm.needed = Type {0}, the number of writes, then Enter.
    apply.confirm.needed.detail = Nothing is sent before that.
    apply.wait = Atlas asked to wait {0} s (429): nothing starts meanwhile
    apply.halted = The apply stopped.
    apply.halted.hint = What was not written stays planned; nothing was sent twice.
    apply.head.reading = Reading {0} projects' integrations for the plan… (nothing is sent yet)
    apply.head.plan = Plan for {0} on {1} projects: {2}
    apply.count.create = {0} create
    apply.count.update = {0} update
    apply.count.same = {0} same
    apply.count.cannot = {0} cannot
    apply.head.applying = Applying {0}: {1}/{2} done {3} {4} failed
    apply.head.stopping = Stopping {0}: {1}/{2} done {3} {4} failed
    apply.head.applied = Applied {0}: {1}/{2} done {3} {4} failed
    apply.elapsed = elapsed {0}
    apply.left = about {0} left
    apply.reading = reading…
    apply.result.halted = Stopped: {0}
    apply.result.stopped = Stopped by Esc: {0} not started, still planned.
    apply.result.done = Every write is done.
    apply.result.retry = r retries the failed ones (each read first).

    # A project's plan and state
    apply.action.create = create
    apply.action.update = update: {0}
    apply.action.same = same as far as Atlas shows
    apply.action.cannot = cannot: {0}
    apply.value.none = none
    apply.value.on = on
    apply.value.off = off
    apply.state.waiting = waiting
    apply.state.checking = reading back
    apply.state.sending = sending ({0})
    apply.state.done = done
    apply.state.failed = failed: {0}
    apply.state.unknown = unknown: {0}
    apply.state.notstarted = not started (stopped)
    apply.state.beforeresume = before this resume

    # Resuming an apply cut off
    apply.resume.key.resume = resume
    apply.resume.key.forget = forget it
    apply.resume.key.later = later
    apply.resume.cutoff = An apply of {0} to {1} projects was cut off before it ended:
    apply.resume.counts = {0} done, {1} unfinished (not sent, or sent without an answer).
    apply.resume.how = r resumes: type the settings again (the secret must end as before); every unfinished project is read first, and only those that need it are written.
    apply.resume.title = Unfinished apply
    apply.resume.title.problems = Apply checkpoints
    apply.resume.form = Resuming {0} on {1}: type the secret again.
    apply.resume.form.tails = "It must end as before ({0}). "
    apply.resume.form.detail = Ctrl-S reads every unfinished project; those already applied are not written again.
    """#
}
