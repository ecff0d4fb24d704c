extension UIEnglish {
    static let menu = #"""
    menu.project = Project
    # {0} a separator
    menu.organization = {0} organization
    menu.loading = Loading integrations…
    menu.refreshing = Refreshing…
    menu.deleting = Deleting…
    menu.column.integration = Integration
    menu.column.state = State
    # {0} the check mark, {1} the catalog's tag for a limited type
    menu.state.configured = {0} configured{1}
    menu.state.notconfigured = {0} not configured

    # Info line, after the type's summary
    menu.info.readonly = "READ-ONLY: writes are off. "
    menu.info.shows = " Enter shows it."
    menu.info.edits = " Enter edits it."
    menu.info.setsup = " Enter sets it up."

    # Keys and why they are off
    menu.key.open = open
    menu.key.delete = delete
    menu.key.refresh = refresh
    menu.key.back = projects
    menu.key.matrix = matrix
    menu.key.export = export
    menu.key.scrapeconfig = scrape config
    menu.key.testdelivery = send a test
    menu.reason.readonly = read-only mode
    menu.reason.notconfigured = not configured
    menu.reason.deleting = deleting
    menu.reason.loading = loading
    menu.reason.unreadable = the integrations could not be read
    menu.reason.nothingconfigured = nothing configured

    # Banners
    menu.readonly.title = Read-only mode
    menu.readonly.delete = deleting is off (started with --read-only).
    menu.readonly.test = a test needs the destination typed in its form, which is off (started with --read-only).

    # Help
    menu.help.title = Help: integrations
    menu.help.section = Integrations
    menu.help.one = One integration of each kind per project.
    # {0} the type, {1} why it is limited
    menu.help.limitation = {0}: {1}
    """#
}
