import AtlasAdmin

/// One project's integrations: the ten kinds Atlas documents (plus any kind
/// this build does not know), each with its state in one line.
struct IntegrationsMenuScreen: Sendable, Equatable {
    var project: Project
    var organizationName: String?
    /// What Atlas holds, by kind; nil until the first list arrives.
    private(set) var integrations: [IntegrationType: Integration]?
    private(set) var types: [IntegrationType] = IntegrationType.known
    private(set) var cursor = ListCursor(count: IntegrationType.known.count)
    var loadRequest: RequestID?
    var deleteRequest: RequestID?
    var banner: Banner?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var open = KeyBinding([.enter], help: tr("menu.key.open"))
        var delete = KeyBinding([.character("d"), .delete], help: tr("menu.key.delete"), display: [.character("d")])
        var refresh = KeyBinding([.character("r"), .control("r")], help: tr("menu.key.refresh"), display: [.character("r")])
        var back = KeyBinding([.escape], help: tr("menu.key.back"))
        var matrix = KeyBinding([.character("m")], help: tr("menu.key.matrix"), display: [.character("m")])
        var export = KeyBinding([.character("x")], help: tr("menu.key.export"))
        var scrapeConfig = KeyBinding([.character("p")], help: tr("menu.key.scrapeconfig"))
        var testDelivery = KeyBinding([.character("t")], help: tr("menu.key.testdelivery"))
    }

    init(project: Project, organizationName: String?) {
        var cleaned = project
        cleaned.name = Sanitizer.sanitize(project.name, maxCharacters: 200)
        self.project = cleaned
        self.organizationName = organizationName
    }

    var selectedType: IntegrationType { types[min(cursor.selected, types.count - 1)] }
    var selectedIntegration: Integration? { integrations?[selectedType] }
    var isBusy: Bool { loadRequest != nil || deleteRequest != nil }

    mutating func setProject(_ newProject: Project) {
        project = newProject
        project.name = Sanitizer.sanitize(newProject.name, maxCharacters: 200)
    }

    /// Replaces the whole list with a GET's answer.
    mutating func setIntegrations(_ list: [Integration]) {
        var byType: [IntegrationType: Integration] = [:]
        for integration in list { byType[integration.type] = integration }
        integrations = byType
        updateTypes()
    }

    /// Merges integrations just saved (the one a POST or PUT returned) or read back.
    mutating func merge(_ list: [Integration]) {
        var byType = integrations ?? [:]
        for integration in list { byType[integration.type] = integration }
        integrations = byType
        updateTypes()
    }

    mutating func remove(_ type: IntegrationType) {
        integrations?[type] = nil
        updateTypes()
    }

    private mutating func updateTypes() {
        let selected = selectedType
        let extra = (integrations ?? [:]).keys.filter { !IntegrationType.known.contains($0) }.sorted()
        types = IntegrationType.known + extra
        cursor.setCount(types.count)
        if let index = types.firstIndex(of: selected) { cursor.select(index) }
    }

    mutating func select(_ type: IntegrationType) {
        if let index = types.firstIndex(of: type) { cursor.select(index) }
    }

    // MARK: - Keys

    /// Whether the selected row's type has a scrape configuration to show.
    private var hasScrapeConfiguration: Bool {
        IntegrationCatalog.entry(for: selectedType).scrapeConfiguration != nil
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        let deletable = selectedIntegration != nil && deleteRequest == nil
        let deleteBinding = context.readOnly
            ? keyMap.delete.enabled(false, reason: tr("menu.reason.readonly"))
            : keyMap.delete.enabled(deletable, reason: selectedIntegration == nil ? tr("menu.reason.notconfigured") : tr("menu.reason.deleting"))
        let open = keyMap.open.enabled(integrations != nil, reason: loadRequest != nil ? tr("menu.reason.loading") : tr("menu.reason.unreadable"))
        // In this order as far as the footer has room: the arrows give way first.
        let anyConfigured = !(integrations ?? [:]).isEmpty
        let export = keyMap.export.enabled(anyConfigured, reason: integrations == nil ? tr("menu.reason.loading") : tr("menu.reason.nothingconfigured"))
        var bindings = [open, deleteBinding]
        // Only on the rows whose destination is a URL a test can go to; early,
        // since that row is where an operator looks for it.
        if IntegrationCatalog.entry(for: selectedType).testDelivery != nil {
            bindings.append(keyMap.testDelivery.enabled(!context.readOnly && integrations != nil,
                                                        reason: context.readOnly ? tr("menu.reason.readonly") : tr("menu.reason.loading")))
        }
        bindings += [keyMap.refresh.enabled(loadRequest == nil, reason: tr("menu.reason.loading")), keyMap.matrix, keyMap.back]
        // Only on the row of a type with a scrape configuration (Prometheus),
        // where it means something.
        if hasScrapeConfiguration {
            bindings.append(keyMap.scrapeConfig.enabled(selectedIntegration != nil, reason: tr("menu.reason.notconfigured")))
        }
        return bindings + [export, cursor.keyMap.up,
                context.global.help, context.global.quit, context.global.forceQuit]
            + cursor.keyMap.all.dropFirst()
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        guard case .key(let key) = event else { return [] }
        if cursor.handle(key) { return [] }
        if keyMap.open.matches(key) { return [.openForm(selectedType)] }
        if keyMap.delete.matches(key) {
            if context.readOnly {
                banner = Banner(.warning, tr("menu.readonly.title"), detail: tr("menu.readonly.delete"))
                return []
            }
            guard selectedIntegration != nil, deleteRequest == nil else { return [] }
            return [.confirmDelete(selectedType)]
        }
        if keyMap.refresh.matches(key) { return loadRequest == nil ? [.refreshIntegrations] : [] }
        if keyMap.matrix.matches(key) { return [.openMatrix] }
        if keyMap.export.matches(key) { return integrations?.isEmpty == false ? [.exportProject] : [] }
        if keyMap.scrapeConfig.matches(key) {
            return hasScrapeConfiguration && selectedIntegration != nil ? [.showScrapeConfig(selectedType)] : []
        }
        if keyMap.testDelivery.matches(key) {
            if context.readOnly {
                banner = Banner(.warning, tr("menu.readonly.title"), detail: tr("menu.readonly.test"))
                return []
            }
            return IntegrationCatalog.entry(for: selectedType).testDelivery != nil ? [.prepareTestDelivery(selectedType)] : []
        }
        if keyMap.back.matches(key) { return [.back] }
        if context.global.help.matches(key) { return [.showHelp] }
        if context.global.quit.matches(key) { return [.quit(confirm: false)] }
        return []
    }

    // MARK: - Drawing

    static let nameWidth = 28

    func bannerLines(width: Int, glyphs: Glyphs) -> [Line] {
        banner?.view(width: width, glyphs: glyphs, maxLines: 4) ?? []
    }

    /// Lines above the list: project line, blank, banner, column header.
    func headerCount(width: Int, glyphs: Glyphs) -> Int { 3 + bannerLines(width: width, glyphs: glyphs).count }

    mutating func layout(width: Int, bodyHeight: Int, glyphs: Glyphs) {
        cursor.setPageSize(max(bodyHeight - headerCount(width: width, glyphs: glyphs), 1))
    }

    func stateText(_ type: IntegrationType, glyphs: Glyphs) -> (String, StyleRole) {
        guard let integrations else { return ("", .dim) }
        let limitation = IntegrationCatalog.entry(for: type).limitation
        if let integration = integrations[type] {
            let summary = IntegrationSummary.describe(integration, glyphs: glyphs)
            let tag = limitation?.configuredTag ?? ""
            return (tr("menu.state.configured", glyphs.check, tag) + (summary.isEmpty ? "" : "  " + summary), .success)
        }
        if let limitation { return (limitation.whenMissing, .dim) }
        return (tr("menu.state.notconfigured", glyphs.dash), .normal)
    }

    func body(width: Int, height: Int, _ context: ScreenContext) -> ScreenBody {
        let glyphs = context.glyphs
        var lines: [Line] = []
        var projectLine = Line(" " + tr("menu.project") + " ", .label)
        // A long name is cut so the project id after it still shows.
        let id = "  \(Sanitizer.sanitize(project.id, maxCharacters: 40))"
        // What the organization takes after it, up to 24 columns (in display cells).
        let organizationLabel = "  " + tr("menu.organization", glyphs.separator) + " "
        let organizationRoom = organizationName.map { min(DisplayWidth.of(organizationLabel + $0), 24) } ?? 0
        projectLine.append(TextFitting.truncate(project.name, to: max(width - projectLine.width - DisplayWidth.of(id) - organizationRoom, 10),
                                                ellipsis: glyphs.ellipsis), .title)
        projectLine.append(id, .dim)
        if let organizationName {
            projectLine.append(organizationLabel, .dim)
            projectLine.append(organizationName)
        }
        lines.append(projectLine.fitted(to: width, ellipsis: glyphs.ellipsis))
        var status = Line()
        if loadRequest != nil {
            status.append(" \(context.spinner) " + (integrations == nil ? tr("menu.loading") : tr("menu.refreshing")), .warning)
        } else if deleteRequest != nil {
            status.append(" \(context.spinner) " + tr("menu.deleting"), .warning)
        }
        lines.append(status.fitted(to: width))
        lines += bannerLines(width: width, glyphs: glyphs)
        var header = Line("  ")
        header.append(TextFitting.fit(tr("menu.column.integration"), to: Self.nameWidth), .label)
        header.append(tr("menu.column.state"), .label)
        lines.append(header.fitted(to: width))
        for row in cursor.visibleRange {
            let type = types[row]
            let selected = row == cursor.selected
            let base: StyleRole = selected ? .selection : .normal
            var line = Line(selected ? glyphs.pointer + " " : "  ", base)
            line.append(TextFitting.fit(Sanitizer.sanitize(type.displayName, maxCharacters: 60), to: Self.nameWidth, ellipsis: glyphs.ellipsis),
                        selected ? base : .label)
            let (text, role) = stateText(type, glyphs: glyphs)
            line.append(text, selected ? base : role)
            lines.append(line.fitted(to: width, ellipsis: glyphs.ellipsis, fill: base))
        }
        return ScreenBody(lines: lines)
    }

    /// The line above the footer: what the selected kind is, or why it is limited.
    func infoText(readOnly: Bool) -> String {
        let spec = IntegrationCatalog.entry(for: selectedType)
        var text = spec.summary
        if integrations == nil { return text }
        let configured = selectedIntegration != nil
        if spec.limitation != nil {
            if configured { text += tr("menu.info.shows") }
        } else {
            text += readOnly ? (configured ? tr("menu.info.shows") : "") : (configured ? tr("menu.info.edits") : tr("menu.info.setsup"))
        }
        return text
    }
}
