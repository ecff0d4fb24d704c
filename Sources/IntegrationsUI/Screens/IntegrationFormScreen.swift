import AtlasAdmin

/// The form of one integration on one project: create (POST), edit (PUT)
/// or, in read-only mode and for kinds that cannot be changed, view.
///
/// Whatever goes wrong (a field Atlas rejects, a 409, a timeout) the typed
/// values stay: errors are drawn beside them, never instead of them.
struct IntegrationFormScreen: Sendable, Equatable {
    var project: Project
    var form: Form
    var saveRequest: RequestID?
    var editorRequest: RequestID?
    var banner: Banner?
    /// The banner has the keys (e: edit instead, r: retry) and no field has focus.
    private(set) var bannerFocused = false
    private(set) var offerEdit = false
    private(set) var offerRetry = false
    /// Why this form only shows values, if it does.
    var viewOnlyReason: String?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var back = KeyBinding([.escape], help: "back", essential: true)
        var cancelSave = KeyBinding([.escape], help: "cancel request")
        var help = KeyBinding([.function(1)], help: "help", essential: true)
        var editInstead = KeyBinding([.character("e")], help: "edit existing instead")
        var retry = KeyBinding([.character("r"), .control("s")], help: "retry", display: [.character("r")])
        var toForm = KeyBinding([.tab, .backTab, .enter, .down, .up], help: "back to the fields", display: [.tab])
    }

    init(project: Project, form: Form, viewOnlyReason: String? = nil) {
        self.project = project
        self.form = form
        self.viewOnlyReason = viewOnlyReason
    }

    var isSaving: Bool { saveRequest != nil }
    var type: IntegrationType { form.spec.type }

    // MARK: - Outcomes from the app

    mutating func startedSaving(_ id: RequestID) {
        saveRequest = id
        banner = nil
        bannerFocused = false
        offerEdit = false
        offerRetry = false
        form.clearErrors()
    }

    mutating func saveFailed(_ error: AtlasError) {
        saveRequest = nil
        banner = ErrorPresentation.banner(for: error, doing: "Saving")
        offerEdit = error.errorCode == "INTEGRATION_ALREADY_CONFIGURED" && !form.mode.isUpdate
        offerRetry = error.isRetryable
        if let located = ErrorPresentation.fieldMessage(for: error), form.field(located.field) != nil {
            form.setError(located.message, forField: located.field)
            if bannerFocused { form.restoreFocus() }
            bannerFocused = false
            form.focus(field: located.field)
        } else if offerEdit || offerRetry {
            form.blurAll()
            bannerFocused = true
        }
    }

    mutating func saveCancelled() {
        saveRequest = nil
        banner = Banner(.warning, "Save cancelled.",
                        detail: "If Atlas had already received it, the change may still apply; the menu's r refreshes.",
                        hint: "Your input is kept: ctrl+s sends it again.")
    }

    mutating func switchToEdit(_ existing: Integration) {
        form.switchToEdit(existing)
        offerEdit = false
        bannerFocused = false
        banner = Banner(.info, "Editing the existing \(type.displayName) integration.",
                        detail: "Saving now replaces it (PUT). Your input is kept; secrets must be typed again.")
        form.restoreFocus()
    }

    // MARK: - Keys

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        let global = context.global
        if isSaving { return [keyMap.cancelSave, global.forceQuitHint] }
        var list: [KeyBinding] = []
        if bannerFocused {
            if offerEdit { list.append(keyMap.editInstead) }
            if offerRetry { list.append(keyMap.retry) }
            list.append(keyMap.toForm)
        }
        var formBindings = form.bindings
        if let index = formBindings.firstIndex(where: { $0.keys.contains(.control("s")) }), offerRetry {
            formBindings[index] = formBindings[index].withHelp("retry save")
        }
        if viewOnlyReason != nil {
            formBindings = formBindings.map { $0.keys.contains(.control("s")) ? $0.enabled(false, reason: viewOnlyReason) : $0 }
        }
        list += bannerFocused ? [] : formBindings
        let letters = !form.focusCapturesText
        list += [keyMap.back, letters ? global.help : keyMap.help,
                 global.quit.enabled(letters, reason: "q is a letter in a text field"),
                 letters ? global.forceQuit : global.forceQuitHint]
        return list
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        if isSaving {
            if keyMap.cancelSave.matches(event) { return [.cancelSave] }
            return []
        }
        if editorRequest != nil { return [] }
        if keyMap.help.matches(event) { return [.showHelp] }
        if bannerFocused {
            guard case .key(let key) = event else { return [] }
            if offerEdit && keyMap.editInstead.matches(key) { return [.editInstead] }
            if offerRetry && keyMap.retry.matches(key) { return [.submit] }
            if keyMap.toForm.matches(key) {
                bannerFocused = false
                form.restoreFocus()
                return []
            }
            if keyMap.back.matches(key) { return [.back] }
            if context.global.help.matches(key) { return [.showHelp] }
            if context.global.quit.matches(key) { return [.quit(confirm: form.isDirty)] }
            return []
        }
        if let viewOnlyReason, event == .key(.control("s")) {
            // Saying nothing would look like a save that was lost.
            banner = Banner(.warning, "Nothing is saved from this view.", detail: viewOnlyReason)
            return []
        }
        switch form.update(event) {
        case .submit: return viewOnlyReason == nil ? [.submit] : []
        case .openEditor(let field, let text): return [.openEditor(field: field, text: text)]
        case .changed, .handled: return []
        case .ignored: break
        }
        guard case .key(let key) = event else { return [] }
        if keyMap.back.matches(key) { return [.back] }
        if !form.focusCapturesText {
            if context.global.help.matches(key) { return [.showHelp] }
            if context.global.quit.matches(key) { return [.quit(confirm: form.isDirty)] }
        }
        return []
    }

    // MARK: - Drawing

    var modeLine: (String, StyleRole) {
        if let viewOnlyReason { return (viewOnlyReason, .warning) }
        switch form.mode {
        case .create:
            return ("New \(type.displayName) integration: saving creates it (POST).", .normal)
        case .edit:
            return ("Editing \(type.displayName): saving replaces it (PUT). Type secrets again; Atlas only shows their tails.", .normal)
        case .view:
            return ("Shown only.", .warning)
        }
    }

    func body(width: Int, height: Int, _ context: ScreenContext) -> ScreenBody {
        let glyphs = context.glyphs
        var lines: [Line] = []
        let (mode, modeRole) = modeLine
        for wrapped in WordWrap.lines(mode, width: width - 2).prefix(2) {
            lines.append(Line(" " + wrapped, modeRole).fitted(to: width))
        }
        if let banner { lines += banner.view(width: width, glyphs: glyphs, maxLines: 4) }
        if isSaving {
            lines.append(Line(" \(context.spinner) Saving to Atlas… esc cancels", .warning).fitted(to: width))
        } else if editorRequest != nil {
            lines.append(Line(" Waiting for the editor…", .warning).fitted(to: width))
        } else {
            lines.append(Line())
        }
        let rendering = form.view(width: width, context: context.render)
        let room = max(height - lines.count, 1)
        var start = 0
        if let focused = rendering.focusedLines, focused.upperBound > room {
            start = min(focused.lowerBound, focused.upperBound - room)
        }
        let top = lines.count
        var shown = Array(rendering.lines.dropFirst(start).prefix(room))
        if start > 0, !shown.isEmpty {
            shown[0] = Line("   \(glyphs.scrollMore) \(start) more line\(start == 1 ? "" : "s") above", .dim).fitted(to: width)
        }
        let hiddenBelow = rendering.lines.count - start - shown.count
        if hiddenBelow > 0, !shown.isEmpty {
            shown[shown.count - 1] = Line("   \(glyphs.scrollMore) more below (tab)", .dim).fitted(to: width)
        }
        lines += shown
        var cursor: FieldView.Cursor?
        if let fieldCursor = rendering.cursor, !isSaving, !bannerFocused,
           fieldCursor.row >= start, fieldCursor.row - start < shown.count {
            cursor = .init(row: top + fieldCursor.row - start, column: fieldCursor.column)
        }
        return ScreenBody(lines: lines, cursor: cursor)
    }
}
