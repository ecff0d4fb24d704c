extension UIEnglish {
    static let matrix = #"""
    # Cells and columns
    matrix.cell.unread = not read yet
    matrix.cell.missing = not configured
    matrix.cell.configured = configured
    matrix.summary.variants.one = {0} variant
    matrix.summary.variants.other = {0} variants
    matrix.head.project = Project
    matrix.head.organization = Organization
    matrix.head.configured = configured
    matrix.head.variants = variants

    # The matrix command's table
    matrix.table.project = PROJECT
    matrix.table.organization = ORGANIZATION
    matrix.table.legend = {0} differs from the column's most common value; {1} not configured; {2} none, and not creatable here; {3} configured, but cannot be created or changed here
    matrix.table.notread = Not read:

    # Filters and order
    matrix.filter.missing = missing {0}
    matrix.filter.differs = differs in {0}
    matrix.sort.name = name
    matrix.sort.organization = organization
    matrix.sort.missing = most missing first
    matrix.filter.placeholder = / to filter
    matrix.filter.label = " Filter: "
    matrix.filter.count.one = "  {0} project"
    matrix.filter.count.other = "  {0} projects"
    matrix.filter.countof.one = "  {1} of {0} project"
    matrix.filter.countof.other = "  {1} of {0} projects"
    matrix.filter.marked = {0} marked
    matrix.filter.sort = sort: {0}
    matrix.empty.query = No project name contains “{0}”. / and Esc clear the filter.
    matrix.empty.sofar = None {0} among the projects read so far.
    matrix.empty.filter = No project is {0}. {1} shows all again.

    # Progress and ages
    matrix.progress.read = integrations of {0}/{1} projects
    matrix.progress.failed = {0} failed
    matrix.progress.oldest = oldest {0}
    matrix.progress.retry = r retries failed
    matrix.progress.wait = Atlas asked to wait {0} s (rate limit)
    matrix.progress.rereading = re-reading
    matrix.progress.rereadall = R re-reads all
    matrix.age.read = read {0}
    matrix.age.justnow = read just now
    matrix.age.minutes = {0} min ago
    matrix.age.hours = {0} h ago
    matrix.age.days = {0} d ago

    # The focused cell
    matrix.detail.frommenu = updated from the project's menu
    matrix.detail.differs = differs from the most common ({0} projects)
    matrix.detail.common = the most common
    matrix.info.common = most common {0} ({1})
    matrix.cell.unreadable = “{0}” could not be read.
    matrix.cell.unreadable.hint = r reads it again; no form opens without its integrations.
    matrix.cell.notyet = “{0}” has not been read yet.
    matrix.cell.notyet.detail = Its cells fill in as Atlas answers.

    # What the rows are (after "Matrix of")
    matrix.scope.project = project “{0}”
    matrix.scope.organization = organization “{0}”
    matrix.scope.all = all projects
    matrix.scope.filter = the filter “{0}”

    # Keys
    matrix.key.open = open
    matrix.key.column = column
    matrix.key.filter = filter
    matrix.key.missing = missing
    matrix.key.differs = differs
    matrix.key.all = all
    matrix.key.sort = sort
    matrix.key.rereadrow = re-read row and failed
    matrix.key.rereadall = re-read all
    matrix.key.back = back
    matrix.key.leavefilter = keys to the matrix
    matrix.key.clearfilter = clear filter
    matrix.key.help = help
    matrix.key.mark = mark
    matrix.key.markall = mark all shown
    matrix.key.export = export
    matrix.key.exportmarked = export {0}
    matrix.key.apply = apply
    matrix.key.applyrow = apply to row
    matrix.key.applymarked = apply to {0}
    matrix.key.applyfrom = apply, starting from this row's settings
    matrix.key.noproject = no project shown

    # Help
    matrix.help.title = Help: matrix
    matrix.help.section = Matrix
    matrix.help.cells = One row per project, one column per integration type. A cell shows the last four characters of the key or URL Atlas masks (and the region, on a wider terminal); - none configured; n/a none, and it cannot be created here; {0} before a value: configured, but it cannot be created or changed here (the detail line says why); … not read yet; 401/403 the project could not be read.
    matrix.help.differs = {0} marks a cell that differs from its column's most common value: the masked tail, region and other fields Atlas returns are compared. Under the columns: how many projects have one, in how many variants.
    matrix.help.filters = m shows only the projects missing the focused column's type, d those differing in it (press again for all); / filters by name; s sorts by name, organization or most missing first.
    matrix.help.reads = Rows are read one request per project, the visible ones first, as fast as Atlas's rate limit allows; a 429 is waited out. Esc leaves without stopping them, and they are kept for the session: r reads the focused row and every failed one again, R all of them.
    """#
}
