import AtlasAdmin

extension AppState {
    /// Dispatch order: resize and Ctrl-C first, then an open overlay, then
    /// the screen (which gives its focused widget the first look).
    mutating func handleInput(_ input: InputEvent) -> [Effect] {
        if case .resize(let newWidth, let newHeight) = input {
            width = max(newWidth, 1)
            height = max(newHeight, 1)
            return []
        }
        if keyMap.forceQuit.matches(input) { return forceQuit() }
        // Below the minimum size nothing is visible to act on, so keys wait.
        if isTooSmall { return [] }
        if let overlay {
            guard case .key(let key) = input else { return [] }
            if keyMap.quitAnyKey.matches(key) { return quitFromOverlay() }
            return handleOverlay(overlay, key)
        }
        if keyMap.quitAnyKey.matches(input) { return perform(.quit(confirm: false)) }
        if keyMap.sessionWrites.matches(input) {
            overlay = .sessionWrites(SessionWritesOverlay(writes: sessionWrites))
            return []
        }
        let context = self.context
        let actions: [ScreenAction]
        switch route {
        case .start: actions = start?.handle(input, context) ?? []
        case .picker: actions = picker.handle(input, context)
        case .menu: actions = menu?.handle(input, context) ?? []
        case .form: actions = form?.handle(input, context) ?? []
        case .matrix: actions = matrix?.handle(input, context) ?? []
        case .apply: actions = apply?.handle(input, context) ?? []
        }
        let effects = actions.flatMap { perform($0) }
        return route == .matrix ? effects + readUnreadMatrixRows() : effects
    }

    /// F10 with a dialog open: it quits from there as from every screen,
    /// through the same path, so it still asks while a write is unanswered
    /// or typed input would be lost (that question replaces the dialog; its
    /// own action is never taken). On the quit question itself it answers
    /// yes, like a second Ctrl-C.
    private mutating func quitFromOverlay() -> [Effect] {
        if isAskingToQuit { return quitNow() }
        overlay = nil
        return perform(.quit(confirm: false))
    }

    private mutating func handleOverlay(_ current: Overlay, _ key: Key) -> [Effect] {
        switch current {
        case .help(var help):
            overlay = help.update(key) ? nil : .help(help)
            return []
        case .notice(let notice):
            guard notice.update(key) else { return [] }
            overlay = nil
            return [.forgetUnfinishedWrites]
        case .export(let dialog):
            return handleExportDialog(dialog, key)
        case .scrapeConfig(var scrape):
            return handleScrapeConfig(&scrape, key)
        case .testDelivery(var delivery, let id):
            return handleTestDelivery(&delivery, id, key)
        case .sessionWrites(var writes):
            overlay = writes.update(key) ? nil : .sessionWrites(writes)
            return []
        case .resumeApply(var notice):
            switch notice.update(key) {
            case .pending:
                overlay = .resumeApply(notice)
                return []
            case .later:
                overlay = nil
                return []
            case .forget(let checkpoint):
                overlay = nil
                return [.forgetApply(planID: checkpoint.planID)]
            case .resume(let checkpoint):
                overlay = nil
                return startResume(checkpoint)
            }
        case .confirm(var dialog, let action):
            switch dialog.update(key) {
            case .pending:
                overlay = .confirm(dialog, action)
                return []
            case .cancelled:
                overlay = nil
                return []
            case .confirmed:
                overlay = nil
                return confirm(action)
            }
        }
    }

    private mutating func confirm(_ action: ConfirmAction) -> [Effect] {
        switch action {
        case .quit:
            return quitNow()
        case .discardForm:
            leaveForm()
            return []
        case .delete(let projectID, let type):
            guard !configuration.readOnly, menu?.project.id == projectID else { return [] }
            let id = requests.open(.delete(projectID: projectID, type: type))
            menu?.deleteRequest = id
            menu?.banner = nil
            return [.delete(id, projectID: projectID, type: type)]
        }
    }
}
