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
    /// Reading the integration back after a save whose answer was lost.
    var checkRequest: RequestID?
    /// A save the operator stopped waiting for (Esc): still running, its
    /// answer still shown when it comes.
    var detachedSave: RequestID?
    /// What the last save sent, for reading it back.
    var sent: IntegrationSettings?
    /// Why the last save's outcome had to be checked, in one sentence.
    private(set) var lostAnswer: String?
    var editorRequest: RequestID?
    var banner: Banner?
    /// The banner has the keys (e: edit instead, r: retry) and no field has focus.
    private(set) var bannerFocused = false
    private(set) var offerEdit = false
    private(set) var offerRetry = false
    /// The outcome is unknown: r, and Ctrl-S from the fields, read it back
    /// again; nothing is resent until a read shows it was not applied.
    private(set) var offerRecheck = false
    /// Why this form only shows values, if it does.
    var viewOnlyReason: String?
    /// Set when the form is filled once for many projects: Ctrl-S plans
    /// instead of saving.
    var applyTo: [ApplyProject]?
    /// Set when the form resumes an interrupted apply: the settings typed
    /// must be what it planned (the secret ending as recorded).
    var resuming: ApplyCheckpoint?
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var back = KeyBinding([.escape], help: tr("form.key.back"), essential: true)
        var cancelSave = KeyBinding([.escape], help: tr("form.key.stopWaiting"))
        var help = KeyBinding([.function(1)], help: tr("form.key.help"), essential: true)
        var editInstead = KeyBinding([.character("e")], help: tr("form.key.editInstead"))
        var retry = KeyBinding([.character("r"), .control("s")], help: tr("form.key.retry"), display: [.character("r")])
        var recheck = KeyBinding([.character("r")], help: tr("form.key.recheck"))
        var toForm = KeyBinding([.tab, .backTab, .enter, .down, .up], help: tr("form.key.toForm"), display: [.tab])
        var testDelivery = KeyBinding([.control("t")], help: tr("form.key.testDelivery"))
    }

    /// Whether Ctrl-T sends a sample delivery from this form.
    var offersTestDelivery: Bool {
        viewOnlyReason == nil && IntegrationCatalog.entry(for: type).testDelivery != nil
    }

    init(project: Project, form: Form, viewOnlyReason: String? = nil) {
        self.project = project
        self.form = form
        self.viewOnlyReason = viewOnlyReason
    }

    /// A save or its read-back is running: the form waits.
    var isSaving: Bool { saveRequest != nil || checkRequest != nil }
    var type: IntegrationType { form.spec.type }

    // MARK: - Outcomes from the app

    mutating func startedSaving(_ id: RequestID) {
        saveRequest = id
        banner = nil
        bannerFocused = false
        offerEdit = false
        offerRetry = false
        offerRecheck = false
        lostAnswer = nil
        form.clearErrors()
    }

    /// Esc while saving: stop waiting, keep the input; the request goes on
    /// and its answer, when it comes, is shown here and in the menu.
    mutating func stoppedWaiting() {
        detachedSave = saveRequest
        saveRequest = nil
        banner = Banner(.warning, tr("form.stopped.title"), detail: tr("form.stopped.detail"), hint: tr("form.inputKept"))
        form.restoreFocus()
    }

    /// The save the operator stopped waiting for was applied after all.
    mutating func detachedSaveApplied(_ integration: Integration?) {
        detachedSave = nil
        if let integration { form.switchToEdit(integration) }
        // Unless something was typed since, what the form holds is saved.
        if let sent, (try? form.settings()) == sent { form.markSaved() }
        banner = Banner(.success, tr("form.detached.applied"), detail: tr("form.detached.appliedDetail"))
    }

    /// The save the operator stopped waiting for failed.
    mutating func detachedSaveFailed(_ error: AtlasError) {
        detachedSave = nil
        banner = ErrorPresentation.banner(for: error, doing: tr("form.action.detachedSave"))
    }

    /// The save's answer was lost (`cause`): read it back before saying
    /// anything or offering to send it again.
    mutating func startedChecking(_ id: RequestID, cause: String) {
        saveRequest = nil
        checkRequest = id
        lostAnswer = cause
        offerEdit = false
        offerRetry = false
        offerRecheck = false
        banner = Banner(.warning, tr("form.checking.title"), detail: tr("form.checking.detail", cause))
    }

    /// Reading it back showed Atlas does not hold what was sent.
    mutating func checkedNotApplied() {
        checkRequest = nil
        banner = Banner(.error, tr("form.notApplied.title"),
                        detail: tr("form.notApplied.detail", lostAnswer ?? tr("form.noAnswer")),
                        hint: tr("form.notApplied.hint"))
        offerRetry = true
        form.blurAll()
        bannerFocused = true
    }

    /// Reading it back showed the save applied while the operator had
    /// changed fields since sending it: the form stays, with their input,
    /// now editing what Atlas holds (leaving would throw the changes away).
    mutating func checkedAppliedWithChanges(_ integration: Integration) {
        checkRequest = nil
        offerRecheck = false
        form.switchToEdit(integration)
        banner = Banner(.success, tr("form.appliedWithChanges.title"), detail: tr("form.appliedWithChanges.detail"),
                        hint: tr("form.inputKept"))
        bannerFocused = false
        if form.focusIndex == nil { form.restoreFocus() }
    }

    /// Reading it back failed too: nobody knows, so nothing is resent.
    mutating func checkFailed(_ error: AtlasError) {
        checkRequest = nil
        banner = Banner(.error, tr("form.checkFailed.title"),
                        detail: tr("form.checkFailed.detail", lostAnswer ?? tr("form.noAnswer"),
                                   Sanitizer.sanitize(error.localizedMessage, maxCharacters: 200)),
                        hint: tr("form.checkFailed.hint"))
        offerRecheck = true
        form.blurAll()
        bannerFocused = true
    }

    mutating func saveFailed(_ error: AtlasError) {
        saveRequest = nil
        banner = ErrorPresentation.banner(for: error, doing: tr("form.action.saving"))
        offerEdit = error.errorCode == "INTEGRATION_ALREADY_CONFIGURED" && !form.mode.isUpdate
        offerRetry = error.isRetryable
        if let located = ErrorPresentation.fieldMessage(for: error, in: form.spec), form.field(located.field) != nil {
            form.setError(located.message, forField: located.field)
            if bannerFocused { form.restoreFocus() }
            bannerFocused = false
            form.focus(field: located.field)
        } else if offerEdit || offerRetry {
            form.blurAll()
            bannerFocused = true
        }
    }

    mutating func switchToEdit(_ existing: Integration) {
        form.switchToEdit(existing)
        offerEdit = false
        bannerFocused = false
        banner = Banner(.info, tr("form.switched.title", type.displayName), detail: tr("form.switched.detail"))
        form.restoreFocus()
    }

    // MARK: - Keys

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        let global = context.global
        if checkRequest != nil { return [global.forceQuitHint] }
        if isSaving { return [keyMap.cancelSave, global.forceQuitHint] }
        var list: [KeyBinding] = []
        if bannerFocused {
            if offerEdit { list.append(keyMap.editInstead) }
            if offerRetry { list.append(keyMap.retry) }
            if offerRecheck { list.append(keyMap.recheck) }
            list.append(keyMap.toForm)
        }
        var formBindings = form.bindings
        if let index = formBindings.firstIndex(where: { $0.keys.contains(.control("s")) }) {
            if offerRetry { formBindings[index] = formBindings[index].withHelp(tr("form.key.retrySave")) }
            // The outcome is unknown: Ctrl-S reads back before anything is
            // sent. Its meaning changed, so the footer always shows it.
            if offerRecheck {
                formBindings[index] = formBindings[index].withHelp(tr("form.key.readBackFirst"))
                formBindings[index].isEssential = true
            }
        }
        if viewOnlyReason != nil {
            formBindings = formBindings.map { $0.keys.contains(.control("s")) ? $0.enabled(false, reason: viewOnlyReason) : $0 }
        }
        list += bannerFocused ? [] : formBindings
        if offersTestDelivery && !bannerFocused { list.append(keyMap.testDelivery) }
        let letters = !form.focusCapturesText
        list += [keyMap.back, letters ? global.help : keyMap.help,
                 global.quit.enabled(letters, reason: tr("form.key.qIsALetter")),
                 letters ? global.forceQuit : global.forceQuitHint]
        return list
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        if checkRequest != nil { return [] }
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
            if offerRecheck && keyMap.recheck.matches(key) { return [.recheckSave] }
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
            banner = Banner(.warning, tr("form.viewOnly.nothingSaved"), detail: viewOnlyReason)
            return []
        }
        if offersTestDelivery, keyMap.testDelivery.matches(event) { return [.sendTestDelivery] }
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
            return (tr("form.mode.create", type.displayName), .normal)
        case .edit:
            return (tr("form.mode.edit", type.displayName), .normal)
        case .view:
            return (tr("form.mode.view"), .warning)
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
        if checkRequest != nil {
            lines.append(Line(" \(context.spinner) " + tr("form.status.readingBack"), .warning).fitted(to: width))
        } else if isSaving {
            lines.append(Line(" \(context.spinner) " + tr("form.status.saving"), .warning).fitted(to: width))
        } else if editorRequest != nil {
            lines.append(Line(" " + tr("form.status.editor"), .warning).fitted(to: width))
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
            shown[0] = Line("   \(glyphs.scrollMore) " + trPlural("form.scroll.above", start), .dim).fitted(to: width)
        }
        let hiddenBelow = rendering.lines.count - start - shown.count
        if hiddenBelow > 0, !shown.isEmpty {
            shown[shown.count - 1] = Line("   \(glyphs.scrollMore) " + tr("form.scroll.below"), .dim).fitted(to: width)
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
