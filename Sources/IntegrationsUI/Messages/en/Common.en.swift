extension UIEnglish {
    static let common = #"""
    # Breadcrumbs of the title line
    common.crumb.matrix = Matrix
    common.crumb.matrix.scope = " of {0}"
    common.crumb.apply = Apply {0}
    # {0} the integration type, {1} the form's mode
    common.crumb.form = {0} ({1})
    common.crumb.form.new = new
    common.crumb.form.edit = edit
    common.crumb.form.view = view

    # Status line
    common.status.working = {0} working
    common.status.demo = DEMO
    common.status.readonly = READ-ONLY
    common.status.sandbox = sandbox {0}
    common.status.profile = profile {0}
    common.status.auth.apikey = API key (Digest)
    common.status.auth.serviceaccount = service account
    common.status.auth.none = none

    # Info line above the footer
    common.info.form.banner = Your input is kept; tab goes back to the fields.
    common.info.apply = Each project is read again before it is written; a write whose answer is lost is read back, never sent twice blindly.

    # Below the minimum size: {1} is the × sign
    common.toosmall = Make the window larger: need {0}{1}{2}, have {3}{1}{4}.
    common.toosmall.follow = Nothing is lost; Ctrl-C quits.

    # Lists in running text
    common.list.separator = ", "
    common.list.last = {0} and {1}

    # Keys that work everywhere
    common.key.quitnow = quit now
    common.key.help = help
    common.key.quit = quit
    common.key.back = back
    common.key.writes = writes

    # List movement
    common.list.key.move = move
    common.list.key.down = move down
    common.list.key.pageup = page up
    common.list.key.pagedown = page down
    common.list.key.first = first
    common.list.key.last = last

    # One-line text input
    common.input.key.left = move left
    common.input.key.right = move right
    common.input.key.home = start of line
    common.input.key.end = end of line
    common.input.key.wordleft = previous word
    common.input.key.wordright = next word
    common.input.key.backspace = delete before cursor
    common.input.key.delete = delete at cursor
    common.input.key.deleteword = delete previous word
    common.input.key.deletestart = delete to start
    common.input.key.deleteend = delete to end
    # {0} lines dropped, {1} lines pasted
    common.input.pasted.one = Pasted {1} lines into a one-line field: kept the first, dropped the other.
    common.input.pasted.other = Pasted {1} lines into a one-line field: kept the first, dropped the other {0}.
    common.input.limit = Limit is {0} characters: {1} not inserted.

    # Confirmation dialogs
    common.dialog.yes = Yes
    common.dialog.cancel = Cancel
    common.dialog.key.yes = yes
    common.dialog.key.no = no
    common.dialog.key.switch = switch button
    common.dialog.key.press = press the button

    # Quitting while writes are unanswered; {1} names the writes
    common.quit.title.save = Quit during a save?
    common.quit.title.delete = Quit during a delete?
    common.quit.message.one = The {1} has no answer from Atlas yet. Quit anyway? It gets a few seconds to finish; if it does not, the next start tells you to check it. Ctrl-C again quits.
    common.quit.message.other = {0} writes ({1}) have no answer from Atlas yet. Quit anyway? It gets a few seconds to finish; if it does not, the next start tells you to check it. Ctrl-C again quits.
    common.quit.confirm = Quit
    common.quit.wait = Wait
    # {0} the integration type, {1} the project
    common.write.save = {0} save on “{1}”
    common.write.delete = {0} delete on “{1}”
    common.write.apply = {0} apply to {1} projects
    common.write.integration = integration
    common.write.request = request

    # Help overlay
    common.help.everywhere = Everywhere
    common.help.key.close = close help
    common.help.key.scroll = scroll
    common.help.off = " (off: {0})"
    common.help.off.unavailable = not available here
    # {0} the arrows, {1} a separator, {2}–{3} the lines shown of {4}
    common.help.scrolling = {0} scroll {1} esc close  ({2}–{3} of {4})
    common.help.closes = esc, ? or enter closes
    common.help.apply.title = Help: apply
    common.help.apply.section = Apply
    common.help.apply.note = Every project is read first: the plan says, per project, create, update (what differs as far as Atlas shows), the same as far as Atlas shows (the secret itself cannot be compared: Ctrl-A chooses whether those are written again), or why it cannot be written. Type the number of writes and Enter to send them, paced by Atlas's rate limit. Esc stops starting new writes; running ones finish and are reported. A write whose answer is lost is read back, never sent again blindly; r retries the failed ones, each read first. Every write goes to the audit log.
    common.help.form.title = Help: form
    common.help.form.field = This field
    common.help.form.section = Form
    common.help.form.note = Inside a text field q and ? are letters: use Esc to go back, F1 for help and F10 or Ctrl-C to quit. Secrets are masked as you type; ctrl+r shows them while the field has focus. Pasted text arrives exactly; a paste of several lines into a one-line field keeps the first line and says so.
    common.help.form.type = {0}: {1}
    # {1} the fields Atlas never returns in clear
    common.help.form.hidden.one = Atlas never returns the {1} in clear: type it again when editing. A masked copy (****) is refused.
    common.help.form.hidden.other = Atlas never returns the {1} in clear: type them again when editing. A masked copy (****) is refused.
    common.help.form.test.card = Ctrl-T sends a test card to the URL as typed, from this machine rather than from Atlas; nothing is saved.
    common.help.form.test.alert = Ctrl-T sends a sample alert to the URL as typed, signed (X-MMS-Signature) when a secret is typed, from this machine rather than from Atlas; nothing is saved.
    """#
}
