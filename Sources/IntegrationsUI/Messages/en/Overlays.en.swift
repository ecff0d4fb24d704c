extension UIEnglish {
    static let overlays = #"""
    overlays.key.cancel = cancel
    overlays.key.scroll = scroll
    overlays.key.close = close

    # Export
    overlays.export.title.one = Export “{0}”
    overlays.export.title.many = Export {0} projects
    overlays.export.title.unread = " ({0} not read yet, left out)"
    overlays.export.nothing = Nothing to export yet.
    overlays.export.nothing.detail = The marked projects' integrations have not been read.
    overlays.export.format.terraform = Terraform
    overlays.export.format.kubernetes = Kubernetes operator
    overlays.export.format.atlasapi = atlas api JSON
    overlays.export.integrations.one = {0} integration
    overlays.export.integrations.other = {0} integrations
    overlays.export.leftout = ", {0} it cannot express"
    overlays.export.note = Files go to ./atlas-integrations-{0}-<format>, readable by you only. No secret and no masked value is written: they become variables or REPLACE-ME placeholders.
    overlays.export.what = {0} export
    overlays.scrape.what = Prometheus scrape configuration
    overlays.written.one = Wrote the {1} to {2} ({0} file).
    overlays.written.other = Wrote the {1} to {2} ({0} files).
    overlays.written.scrape = Readable by you only. Add it to prometheus.yml's scrape_configs.
    overlays.written.export = Readable by you only. Values Atlas hides are REPLACE-ME placeholders or variables: fill them before use.

    # Prometheus scrape configuration
    overlays.scrape.title = Prometheus scrape configuration
    overlays.scrape.key.write = write file
    overlays.scrape.key.show = show password
    overlays.scrape.key.hide = hide password
    overlays.scrape.key.nothing = nothing to write
    overlays.scrape.write = w writes it to {0} (0600).
    overlays.scrape.write.password = w writes it with the password typed in this session to {0} (0600).
    overlays.scrape.government = Atlas for Government does not support the Prometheus integration, so there is no scrape configuration to write.
    overlays.scrape.notconfigured = The project has no Prometheus integration.

    # Delete confirmation and the alerts it would silence
    overlays.delete.title = Delete {0}?
    overlays.delete.message = Delete the {0} integration from project “{1}” ({2})? Atlas stops sending to it at once, and its keys cannot be read back to restore it.
    overlays.delete.confirm = Delete
    overlays.delete.keep = Keep
    overlays.alerts.reading = Reading which alert configurations notify through {0}…
    overlays.alerts.failed = The alert configurations could not be read ({0}): this key may not see them; {1}. Deleting is still possible.
    overlays.alerts.failed.refused = if any notify through {0}, Atlas refuses the delete
    overlays.alerts.failed.stop = alerts that notify through {0} would stop
    overlays.alerts.nodestination = {0} is no alert destination: no alert configuration notifies through it.
    overlays.alerts.none = No alert configuration notifies through {0}.
    overlays.alerts.count.one = {0} alert configuration notifies through {1} ({2} enabled):
    overlays.alerts.count.other = {0} alert configurations notify through {1} ({2} enabled):
    overlays.alerts.enabled = enabled
    overlays.alerts.disabled = disabled
    overlays.alerts.more = and {0} more
    overlays.alerts.refused = Atlas refuses to delete {0} while these notify through it: change them first.
    overlays.alerts.silenced = Deleting can silently stop these notifications: those that use the integration's key or URL send nothing more.

    # Test delivery
    overlays.test.what = {0} URL
    overlays.test.what.secret = {0} URL (and {1})
    overlays.test.again = Type the {0} again, then press Ctrl-T to send a test.
    overlays.test.type = Type the {0}, then press Ctrl-T to send a test.
    overlays.test.masked.one = Atlas returns it masked, so a test needs the real value. Nothing is saved unless you save.
    overlays.test.masked.both = Atlas returns them masked, so a test needs the real values. Nothing is saved unless you save.
    overlays.test.notsaved = Nothing is saved unless you save.
    overlays.test.nourl = Type the {0} to send a test to.
    overlays.test.nourl.masked = Type the {0} to send a test to again: Atlas returns it masked.
    overlays.test.title = Test delivery
    overlays.test.key.again = send again
    overlays.test.key.sending = still sending
    overlays.test.to = To {0} ({1}, project “{2}”)
    overlays.test.sent.unsigned = A sample alert (alert.open), unsigned: no secret is typed.
    overlays.test.sent.signed = A sample alert (alert.open), signed with the typed secret.
    overlays.test.sent.card = A message card saying it is a test.
    overlays.test.templates = The templates typed are not applied to this test: it carries Atlas's default body and headers.
    overlays.test.origin = It goes from this machine, not from Atlas: a receiver that allows only Atlas's addresses may answer Atlas differently.
    overlays.test.sending = Sending…
    overlays.test.time = Time: {0}
    overlays.test.nosignature = not sent (no secret typed)
    overlays.test.nobody = The answer had no body.
    overlays.test.body = The answer began:

    # The writes of this session
    overlays.writes.title = Writes this session ({0})
    overlays.writes.empty = No save or delete yet in this session.
    overlays.writes.audit = Every write is also in the audit log (atlas-integrations audit).
    overlays.writes.project = “{0}”
    overlays.writes.action.save = save
    overlays.writes.action.delete = delete
    overlays.writes.saved = saved
    overlays.writes.deleted = deleted
    overlays.writes.confirmed = applied (confirmed by reading it back)
    overlays.writes.notapplied = not applied (checked by reading it back)
    overlays.writes.readbackfailed = unknown: reading it back failed too
    overlays.writes.noanswer = unknown: no answer (a read-back settles it)
    overlays.writes.refused = refused: {0}
    overlays.writes.notsent = not sent: {0}

    # Writes an earlier session left unanswered
    overlays.unfinished.title.one = Unfinished write
    overlays.unfinished.title.other = Unfinished writes
    overlays.unfinished.title.unsure = Unfinished writes?
    overlays.unfinished.intro.one = The last session ended before Atlas answered this write. It may or may not have been applied:
    overlays.unfinished.intro.other = The last session ended before Atlas answered these {0} writes. Each may or may not have been applied:
    overlays.unfinished.write = {0} {1} ({2}) on project “{3}” ({4}), sent {5} to {6}
    overlays.unfinished.checking = checking what Atlas holds…
    overlays.unfinished.applied = it was applied (Atlas holds it now: read back at this start).
    overlays.unfinished.notapplied = it was not applied (read back at this start).
    overlays.unfinished.unknown = could not be checked: {0}
    overlays.unfinished.settled = Reading them back settled each one; nothing needs checking by hand.
    overlays.unfinished.check = Open the project and check the integration before trying again.
    overlays.unfinished.more = and {0} more lines
    overlays.unfinished.dismiss = enter dismisses (the reminder is then cleared)
    overlays.unfinished.key.dismiss = dismiss
    """#
}
