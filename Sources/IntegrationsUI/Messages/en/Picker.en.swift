extension UIEnglish {
    static let picker = #"""
    picker.title = Projects
    picker.filter.label = Filter:
    picker.filter.placeholder = type to filter
    # Counts after the filter
    picker.count.one = {0} project
    picker.count.other = {0} projects
    # {0} projects shown of {1}
    picker.count.filtered = {0} of {1}
    picker.incomplete = ", list incomplete"
    picker.progress.organizations = loading organizations
    picker.progress.total = loading {0} of {1}
    picker.progress.sofar = loading, {0} so far

    # Column heads
    picker.column.project = Project
    picker.column.organization = Organization
    picker.column.clusters = Clusters
    picker.column.created = Created

    # An empty list
    picker.empty.organizations = Loading organizations…
    picker.empty.nomatch = No project name contains “{0}”. Esc clears the filter.
    picker.empty.projects = Loading projects…
    picker.empty.noorganizations = These credentials see no organizations.
    picker.empty.none.one = No projects in this organization.
    picker.empty.none.other = No projects in these organizations.

    # Info line: {0} the project id, {1} a separator, {2} the organization
    picker.info.selected = id {0} {1} {2}
    picker.info.typing = "  {0} typing filters (tab: list keys)"
    picker.info.empty = Type to filter by project name (case and accents ignored).

    # Keys
    picker.key.open = open project
    picker.key.clearfilter = clear filter
    picker.key.leavefilter = keys to the list
    picker.key.reload = reload
    picker.key.matrix = matrix
    picker.reason.noproject = no project shown

    # Help
    picker.help.title = Help: projects
    picker.help.filter = Everything you type goes to the filter, q, ? and / included (case, accents and full-width forms are ignored; it matches anywhere in the name). Esc clears the filter; on an empty filter Esc quits, as do F10 and Ctrl-C. F1 is help. Projects keep loading in the background; the count shows the progress.
    picker.help.matrix = Ctrl-T (or F2) opens the matrix of the projects the filter shows: every project's integrations side by side, and where they differ.
    """#
}
