import AtlasAdmin

extension AppState {
    /// Carries out what a screen asked for: routes, dialogs and effects.
    mutating func perform(_ action: ScreenAction) -> [Effect] {
        switch action {
        case .quit(let ask):
            if !writesInFlight.isEmpty {
                askToQuitDuringWrites()
                return []
            }
            if ask || hasUnsavedInput {
                overlay = .confirm(
                    ConfirmDialog(title: tr("form.quit.title"), message: tr("form.quit.message"),
                                  confirmLabel: tr("form.quit.confirm"), cancelLabel: tr("form.dialog.stay")),
                    .quit)
                return []
            }
            return quitNow()
        case .showHelp:
            overlay = .help(helpOverlay())
            return []
        case .back:
            return back()
        case .startDemo:
            let id = requests.open(.demo)
            start?.demoRequest = id
            start?.banner = nil
            return [.startDemo(id)]
        case .reloadProjects:
            let cancels = picker.loadRequestIDs.map { id -> Effect in
                requests.close(id)
                return .cancel(id)
            }
            picker.reset()
            return cancels + loadOrganizations()
        case .openProject(let project):
            return openProject(project)
        case .refreshIntegrations:
            guard let projectID = menu?.project.id else { return [] }
            menu?.banner = nil
            return loadIntegrations(projectID: projectID)
        case .openForm(let type):
            return openForm(type)
        case .openMatrix:
            return openMatrix()
        case .openMatrixCell(let projectID, let type):
            return openMatrixCell(projectID: projectID, type: type)
        case .readMatrixRows(let projectIDs):
            return readMatrixRows(again: projectIDs)
        case .confirmDelete(let type):
            return confirmDelete(type)
        case .sendTestDelivery:
            return sendTestDelivery()
        case .prepareTestDelivery(let type):
            return prepareTestDelivery(type)
        case .startApply(let type, let projectIDs, let source):
            return startApply(type, projectIDs: projectIDs, from: source)
        case .runApply:
            return runApply()
        case .stopApply:
            return stopApply()
        case .retryApply:
            return retryApply()
        case .submit:
            return submitForm()
        case .cancelSave:
            guard form?.saveRequest != nil else { return [] }
            // The request goes on: cancelling it could not unsend it, and
            // its answer is the only sure word on what Atlas holds.
            form?.stoppedWaiting()
            return []
        case .recheckSave:
            return checkSave(cause: form?.lostAnswer ?? tr("form.noAnswer"))
        case .openEditor(let field, let text):
            let id = requests.open(.editor(field: field))
            form?.editorRequest = id
            return [.openEditor(id, text: text)]
        case .editInstead:
            guard let screen = form else { return [] }
            let existing = menu?.integrations?[screen.type]
                ?? Integration(type: screen.type, id: nil, fields: [:])
            form?.switchToEdit(existing)
            // Fetch what Atlas holds now, for the "current: ****0022" hints.
            return loadIntegrations(projectID: screen.project.id)
        case .exportProject:
            openExportOfMenuProject()
            return []
        case .exportProjects(let projectIDs):
            openExportOfMatrixRows(projectIDs)
            return []
        case .showScrapeConfig(let type):
            openScrapeConfig(of: type)
            return []
        }
    }

    private mutating func back() -> [Effect] {
        switch route {
        case .start:
            return []
        case .picker:
            return []
        case .menu:
            var effects: [Effect] = []
            if let id = menu?.loadRequest {
                requests.close(id)
                menu?.loadRequest = nil
                effects.append(.cancel(id))
            }
            route = .picker
            return effects
        case .matrix:
            return leaveMatrix()
        case .form:
            if form?.form.isDirty == true {
                overlay = .confirm(
                    ConfirmDialog(title: tr("form.discard.title"), message: tr("form.discard.message"),
                                  confirmLabel: tr("form.discard.confirm"), cancelLabel: tr("form.dialog.stay")),
                    .discardForm)
                return []
            }
            leaveForm()
            return []
        case .apply:
            return leaveApply()
        }
    }

    mutating func openProject(_ project: Project) -> [Effect] {
        var effects: [Effect] = []
        if let previous = menu, let id = previous.loadRequest {
            requests.close(id)
            effects.append(.cancel(id))
        }
        let organization = project.orgID.isEmpty ? nil : picker.organizationName(project.orgID)
        menu = IntegrationsMenuScreen(project: project, organizationName: organization)
        route = .menu
        return effects + loadIntegrations(projectID: project.id)
    }

    mutating func openForm(_ type: IntegrationType) -> [Effect] {
        guard var menu else { return [] }
        guard let integrations = menu.integrations else {
            if menu.loadRequest != nil {
                menu.banner = Banner(.info, tr("form.open.stillLoading"), detail: tr("form.open.tryAgain"))
            } else if var banner = menu.banner, banner.kind == .error {
                // Nothing is loading: the list failed. Keep the error, which
                // says why, and say what opening needs.
                let needs = tr("form.open.needsIntegrations")
                if banner.hint?.contains(needs) != true { banner.hint = needs }
                menu.banner = banner
            } else {
                menu.banner = Banner(.warning, tr("form.open.notRead"), hint: tr("form.open.notReadHint"))
            }
            self.menu = menu
            return []
        }
        let spec = IntegrationCatalog.entry(for: type)
        let existing = integrations[type]
        let readOnly = configuration.readOnly
        var reason: String?
        let mode: FormMode
        switch (spec.limitation, existing) {
        case (nil, nil):
            if readOnly {
                menu.banner = Banner(.warning, tr("form.readOnly.title"), detail: tr("form.readOnly.noCreate"))
                self.menu = menu
                return []
            }
            mode = .create
        case (nil, let existing?):
            if readOnly {
                mode = .view(existing)
                reason = tr("form.readOnly.viewReason")
            } else {
                mode = .edit(existing)
            }
        case (let limitation?, let existing?):
            mode = .view(existing)
            reason = tr("form.limited.viewReason", limitation.reason)
        case (let limitation?, nil):
            menu.banner = Banner(.info, tr("form.limited.cannotSetUp", spec.displayName), detail: limitation.reason)
            self.menu = menu
            return []
        }
        menu.banner = nil
        self.menu = menu
        form = IntegrationFormScreen(project: menu.project, form: Form(spec: spec, mode: mode), viewOnlyReason: reason)
        route = .form
        return []
    }

    private mutating func submitForm() -> [Effect] {
        guard var screen = form, !screen.isSaving, screen.viewOnlyReason == nil else { return [] }
        if screen.detachedSave != nil {
            screen.banner = Banner(.warning, tr("form.earlierSave.title"), detail: tr("form.earlierSave.detail"))
            form = screen
            return []
        }
        if screen.offerRecheck {
            // Nobody knows whether the last save was applied: sending it
            // again could create it twice or replace what it wrote. Find out
            // first; only a read showing it absent offers to send.
            return checkSave(cause: screen.lostAnswer ?? tr("form.noAnswer"))
        }
        guard !configuration.readOnly else {
            screen.banner = Banner(.warning, tr("form.readOnly.title"), detail: tr("form.readOnly.noSave"))
            form = screen
            return []
        }
        screen.banner = nil
        guard screen.form.validateAll() else {
            form = screen
            return []
        }
        let settings: IntegrationSettings
        do {
            settings = try screen.form.settings()
        } catch {
            // The fields' own checks catch masked copies first; this is the
            // last word, from the same catalog, before anything is sent.
            if let key = error.field, screen.form.field(key) != nil {
                screen.form.setError(error.description, forField: key)
                screen.form.focus(field: key)
            } else {
                screen.banner = Banner(.error, tr("errors.notSent"), detail: error.description)
            }
            form = screen
            return []
        }
        if let checkpoint = screen.resuming {
            if let refusal = checkpoint.refusal(of: settings) {
                screen.banner = Banner(.error, tr("form.resume.notPlanned"), detail: Sanitizer.sanitize(refusal, maxCharacters: 300),
                                       hint: tr("form.resume.hint"))
                form = screen
                return []
            }
            form = screen
            return planResume(checkpoint, settings)
        }
        if let projects = screen.applyTo {
            form = screen
            return planApply(settings, to: projects)
        }
        let id = requests.open(.save(projectID: screen.project.id, type: screen.type))
        screen.startedSaving(id)
        screen.sent = settings
        form = screen
        return [.save(id, projectID: screen.project.id, settings: settings, isUpdate: screen.form.mode.isUpdate)]
    }

    /// Reads the form's last save back: a write whose answer was lost is
    /// found out, never guessed at or blindly sent again.
    mutating func checkSave(cause: String) -> [Effect] {
        guard var screen = form, let sent = screen.sent else { return [] }
        let what = CheckedWrite.save(expected: WriteReadBack.expectation(of: sent), isUpdate: screen.form.mode.isUpdate)
        let id = requests.open(.checkWrite(projectID: screen.project.id, type: screen.type, what))
        screen.startedChecking(id, cause: cause)
        form = screen
        return [.readIntegration(id, projectID: screen.project.id, type: screen.type)]
    }
}
