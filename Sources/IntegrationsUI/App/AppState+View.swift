extension AppState {
    /// Draws the current screen: status line, title, body, info line and
    /// footer, then any overlay on top. Every row is exactly `width` columns.
    func view() -> Frame {
        let glyphs = self.glyphs
        if isTooSmall { return tooSmallFrame() }
        let context = self.context
        var rows: [Line] = []
        let activity = requests.hasNetworkRequests ? tr("common.status.working", context.spinner) : nil
        rows.append(StatusLine(target: configuration.targetLabel, isDemo: configuration.isDemo,
                               authKind: configuration.authKind, profile: configuration.profile,
                               readOnly: configuration.readOnly)
            .view(width: width, glyphs: glyphs, activity: activity))
        rows.append(titleLine())
        let body = screenBody(context)
        let bodyLines = Array(body.lines.prefix(bodyHeight))
        rows += bodyLines.map { $0.fitted(to: width, ellipsis: glyphs.ellipsis) }
        while rows.count < 2 + bodyHeight { rows.append(Line().fitted(to: width)) }
        rows.append(Line(" " + infoText(), .dim).fitted(to: width, ellipsis: glyphs.ellipsis))
        rows.append(Footer.view(currentBindings(context), width: width, glyphs: glyphs))
        var cursor: (row: Int, column: Int)?
        if let bodyCursor = body.cursor, bodyCursor.row < bodyHeight, overlay == nil {
            cursor = (bodyCursor.row + 2, min(bodyCursor.column, width - 1))
        }
        if let overlay { rows = draw(overlay, over: rows) }
        let frame = Frame(width: width, height: height,
                          rows: rows.prefix(height).map { $0.fitted(to: width, ellipsis: glyphs.ellipsis).spans },
                          cursor: cursor)
        return glyphs.isASCII ? AsciiFolding.fold(frame) : frame
    }

    private func screenBody(_ context: ScreenContext) -> ScreenBody {
        switch route {
        case .start: start?.body(width: width, height: bodyHeight, context) ?? ScreenBody(lines: [])
        case .picker: picker.body(width: width, height: bodyHeight, context)
        case .menu: menu?.body(width: width, height: bodyHeight, context) ?? ScreenBody(lines: [])
        case .form: form?.body(width: width, height: bodyHeight, context) ?? ScreenBody(lines: [])
        case .matrix:
            matrix?.body(width: width, height: bodyHeight, context, session: matrixSession) ?? ScreenBody(lines: [])
        case .apply:
            apply?.body(width: width, height: bodyHeight, context) ?? ScreenBody(lines: [])
        }
    }

    func currentBindings(_ context: ScreenContext) -> [KeyBinding] {
        if let overlay {
            // F10 quits from every dialog as from every screen.
            let quit = keyMap.quitAnyKey
            switch overlay {
            case .help(let help): return [help.closeBinding, help.scrollBinding, quit]
            case .confirm(let dialog, _): return dialog.keyMap.all + [quit]
            case .notice(let notice):
                var quitKeys = quit
                quitKeys.displayKeys = [.function(10), .control("c")]
                return [notice.dismissBinding, quitKeys]
            case .export(let dialog): return dialog.keyMap.all + [quit]
            case .scrapeConfig(let scrape): return scrape.bindings() + [quit]
            case .testDelivery(let delivery, _): return delivery.bindings() + [quit]
            case .sessionWrites(let writes): return writes.bindings() + [quit]
            case .resumeApply(let notice): return notice.bindings() + [quit]
            }
        }
        let screen: [KeyBinding] = switch route {
        case .start: start?.bindings(context) ?? []
        case .picker: picker.bindings(context)
        case .menu: menu?.bindings(context) ?? []
        case .form: form?.bindings(context) ?? []
        case .matrix: matrix?.bindings(context) ?? []
        case .apply: apply?.bindings(context) ?? []
        }
        // Once there is something to show; last, so it gives way first.
        return sessionWrites.isEmpty ? screen : screen + [keyMap.sessionWrites]
    }

    private func titleLine() -> Line {
        let glyphs = self.glyphs
        let crumb = " \(glyphs.breadcrumb) "
        var line = Line(" ")
        switch route {
        case .start:
            line.append(tr("start.title"), .title)
        case .picker:
            line.append(tr("picker.title"), .title)
        case .matrix:
            line.append(tr("picker.title"), .dim)
            line.append(crumb, .dim)
            line.append(tr("common.crumb.matrix"), .title)
            if let matrix {
                let scope = TextFitting.truncate(matrix.scope, to: max(width - line.width - 6, 8), ellipsis: glyphs.ellipsis)
                line.append(tr("common.crumb.matrix.scope", scope), .dim)
            }
        case .apply:
            line.append(tr("picker.title"), .dim)
            line.append(crumb, .dim)
            line.append(tr("common.crumb.matrix"), .dim)
            line.append(crumb, .dim)
            line.append(tr("common.crumb.apply", apply?.type.displayName ?? ""), .title)
        case .menu, .form:
            line.append(tr("picker.title"), .dim)
            // The breadcrumb's end (the form's name) always shows: a long
            // organization or project name is cut to the room left for it.
            var end = Line()
            if route == .form, let form {
                end.append(crumb, .dim)
                let mode: String = switch form.form.mode {
                case .create: tr("common.crumb.form.new")
                case .edit: tr("common.crumb.form.edit")
                case .view: tr("common.crumb.form.view")
                }
                end.append(tr("common.crumb.form", form.type.displayName, mode), .title)
            }
            if let menu {
                line.append(crumb, .dim)
                var room = width - line.width - end.width
                if let organization = menu.organizationName {
                    let cut = TextFitting.truncate(organization, to: min(max(room / 3, 8), 30), ellipsis: glyphs.ellipsis) + " / "
                    line.append(cut, .dim)
                    room -= DisplayWidth.of(cut)
                }
                line.append(TextFitting.truncate(menu.project.name, to: max(room, 8), ellipsis: glyphs.ellipsis),
                            route == .menu ? .title : .dim)
            }
            line.append(end)
        }
        return line.fitted(to: width, ellipsis: glyphs.ellipsis)
    }

    private func infoText() -> String {
        switch route {
        case .start:
            return tr("start.info")
        case .picker:
            if let project = picker.selectedProject {
                return tr("picker.info.selected", Sanitizer.sanitize(project.id, maxCharacters: 40), glyphs.separator,
                          picker.organizationName(project.orgID))
                    + (picker.filterFocused ? tr("picker.info.typing", glyphs.separator) : "")
            }
            return tr("picker.info.empty")
        case .menu:
            let text = menu?.infoText(readOnly: configuration.readOnly) ?? ""
            return configuration.readOnly ? tr("menu.info.readonly") + text : text
        case .form:
            guard let form else { return "" }
            if form.bannerFocused { return tr("common.info.form.banner") }
            return form.form.helpText
        case .matrix:
            return matrix?.infoText(glyphs) ?? ""
        case .apply:
            return tr("common.info.apply")
        }
    }

    private func draw(_ overlay: Overlay, over rows: [Line]) -> [Line] {
        let box: [Line]
        switch overlay {
        case .help(let help): box = help.view(width: width - 4, height: height - 2, glyphs: glyphs)
        case .confirm(let dialog, _): box = dialog.view(width: width, glyphs: glyphs)
        case .notice(let notice): box = notice.view(width: width, height: height - 2, glyphs: glyphs)
        case .export(let dialog): box = dialog.view(width: width, glyphs: glyphs)
        case .scrapeConfig(let scrape): box = scrape.view(width: width, height: height - 2, glyphs: glyphs)
        case .testDelivery(let delivery, _): box = delivery.view(width: width, spinner: context.spinner, glyphs: glyphs)
        case .sessionWrites(let writes): box = writes.view(width: width, height: height - 2, glyphs: glyphs)
        case .resumeApply(let notice): box = notice.view(width: width, glyphs: glyphs)
        }
        let boxWidth = box.map(\.width).max() ?? 0
        let left = max((width - boxWidth) / 2, 0)
        let top = max((height - box.count) / 2, 0)
        var result = rows
        for (offset, line) in box.enumerated() where top + offset < result.count {
            result[top + offset] = result[top + offset].overlaid(line, at: left, totalWidth: width)
        }
        return result
    }

    private func tooSmallFrame() -> Frame {
        let times = glyphs.isASCII ? "x" : "×"
        let message = tr("common.toosmall", String(Self.minimumWidth), times, String(Self.minimumHeight), String(width), String(height))
        let follow = tr("common.toosmall.follow")
        var text = WordWrap.lines(message, width: width).map { Line($0, .warning) }
        text += WordWrap.lines(follow, width: width).map { Line($0, .dim) }
        var rows = Array(repeating: Line().fitted(to: width), count: height)
        let top = max((height - text.count) / 2, 0)
        for (offset, line) in text.enumerated() where top + offset < height {
            let pad = max((width - line.width) / 2, 0)
            var centered = Line(String(repeating: " ", count: pad))
            centered.append(line)
            rows[top + offset] = centered.fitted(to: width, ellipsis: glyphs.ellipsis)
        }
        let frame = Frame(width: width, height: height, rows: rows.map(\.spans))
        return glyphs.isASCII ? AsciiFolding.fold(frame) : frame
    }
}
