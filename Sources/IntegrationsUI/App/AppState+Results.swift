import Foundation
import AtlasAdmin

extension AppState {
    /// Routes a service result to the screen that asked for it. A result
    /// whose request was cancelled, superseded or finished is dropped.
    mutating func handleResult(_ event: AppEvent) -> [Effect] {
        guard let id = event.requestID, let kind = requests.kind(of: id) else { return [] }
        // Pages keep the request open until the last one.
        if case .projectsPageLoaded(_, _, _, _, let isComplete) = event, !isComplete {
            // stays open
        } else if case .matrixRows(_, let update) = event, update != .finished {
            // stays open until the last project is reported
        } else if case .applyUpdate(_, let update) = event, !update.isFinished {
            // stays open until the run reports its end
        } else {
            requests.close(id)
        }
        if case .failed(_, let error) = event { return failed(id, kind, error) }
        switch (kind, event) {
        case (.demo, .demoStarted(_, let target, let authKind)):
            updateConfiguration {
                $0.isDemo = true
                $0.targetLabel = Sanitizer.sanitize(target, maxCharacters: 200)
                $0.authKind = Sanitizer.sanitize(authKind, maxCharacters: 60)
                $0.credentialsProblem = nil
            }
            start = nil
            route = .picker
            return loadOrganizations()
        case (.organizations, .organizationsLoaded(_, let organizations)):
            picker.organizationsLoaded(organizations.filter { !$0.isDeleted })
            return organizations.filter { !$0.isDeleted }.map { organization in
                let projectsID = requests.open(.projects(organizationID: organization.id))
                picker.startedLoading(projectsID, organizationID: organization.id)
                return .loadProjects(projectsID, organizationID: organization.id)
            }
        case (.matrixRows, .matrixRows(_, let update)):
            return matrixRowsLoaded(id, update)
        case (.projects, .projectsPageLoaded(_, let projects, let loaded, let total, let isComplete)):
            picker.projectsPageLoaded(id, projects, loaded: loaded, total: total, isComplete: isComplete)
            return []
        case (.project(let projectID), .projectLoaded(_, let project)):
            if menu?.project.id == projectID {
                menu?.setProject(project)
                if !project.orgID.isEmpty { menu?.organizationName = picker.organizationName(project.orgID) }
                form?.project = menu?.project ?? project
            }
            return []
        case (.integrations(let projectID), .integrationsLoaded(_, let integrations)):
            guard menu?.project.id == projectID else { return [] }
            if menu?.loadRequest == id { menu?.loadRequest = nil }
            menu?.setIntegrations(integrations)
            if let screen = form, screen.project.id == projectID, screen.form.mode.isUpdate,
               let existing = integrations.first(where: { $0.type == screen.type }) {
                form?.form.updateExisting(existing)
            }
            return []
        case (.save(let projectID, let type), .saved(_, let integrations)):
            if form?.saveRequest == id { return saved(projectID: projectID, type: type, integrations) }
            // A save the operator stopped waiting for: show what it did.
            if menu?.project.id == projectID { menu?.merge(integrations) }
            if form?.detachedSave == id {
                form?.detachedSaveApplied(integrations.first { $0.type == type })
            } else if menu?.project.id == projectID {
                menu?.banner = Banner(.success, tr("form.detached.appliedType", type.displayName))
            }
            return []
        case (.checkLeftover(let index), .integrationRead(_, let read)):
            let launchedAt = configuration.launchedAt
            settleLeftover(index) { write in
                let age = Int(launchedAt.timeIntervalSince(write.startedAt))
                if write.method != .delete, age < Self.settlingSeconds, !WriteReadBack.holds(write.expected ?? [:], in: read) {
                    return .unknown(tr("form.leftover.notYet", String(max(age, 0))))
                }
                switch write.method {
                case .delete: return read == nil ? .applied : .notApplied
                case .post, .put:
                    if let expected = write.expected { return WriteReadBack.holds(expected, in: read) ? .applied : .notApplied }
                    return write.method == .post && read == nil
                        ? .notApplied
                        : .unknown(tr("form.leftover.noValues"))
                }
            }
            return []
        case (.checkWrite(let projectID, let type, let what), .integrationRead(_, let read)):
            return checked(id, projectID: projectID, type: type, what, read: read)
        case (.delete(let projectID, let type), .deleted):
            guard menu?.project.id == projectID else { return [] }
            menu?.deleteRequest = nil
            menu?.remove(type)
            let name = menu?.project.name ?? projectID
            menu?.banner = Banner(.success, tr("form.deleted", type.displayName, name))
            return loadIntegrations(projectID: projectID)
        case (.applyPlan, .applyPlanned), (.applyRun, .applyUpdate):
            applyResult(kind, event)
            return []
        case (.alertUsage(let projectID, let type), .alertUsageLoaded(_, let usage)):
            alertUsageLoaded(projectID: projectID, type: type, usage)
            return []
        case (.testDelivery, .testDelivered(let id, let report)):
            testDelivered(id, report)
            return []
        case (.writeFiles(let what, let from), .filesWritten(_, let directory, let count)):
            filesWritten(what: what, from: from, directory: directory, count: count)
            return []
        case (.editor(let field), .editorFinished(_, let text)):
            form?.editorRequest = nil
            if let text { form?.form.setText(text, forField: field) }
            return []
        default:
            return []
        }
    }

    /// What a read-back found: the menu shows what Atlas holds, and the
    /// write is reported as done or not done.
    private mutating func checked(
        _ id: RequestID, projectID: String, type: IntegrationType, _ what: CheckedWrite, read: Integration?
    ) -> [Effect] {
        if menu?.project.id == projectID {
            if let read { menu?.merge([read]) } else { menu?.remove(type) }
        }
        switch what {
        case .save(let expected, _):
            if let read, WriteReadBack.holds(expected, in: read) {
                if form?.checkRequest == id, let screen = form, let sent = screen.sent,
                   (try? screen.form.settings()) != sent {
                    form?.checkedAppliedWithChanges(read)
                    return []
                }
                return saved(projectID: projectID, type: type, [read], confirmed: true)
            }
            if form?.checkRequest == id { form?.checkedNotApplied() }
            return []
        case .delete:
            guard menu?.project.id == projectID else { return [] }
            menu?.deleteRequest = nil
            let name = menu?.project.name ?? projectID
            menu?.banner = read == nil
                ? Banner(.success, tr("form.deleted.confirmed", type.displayName, name))
                : Banner(.error, tr("form.notDeleted.title"), detail: tr("form.notDeleted.detail", type.displayName, name),
                         hint: tr("form.hint.deleteAgain"))
            return []
        }
    }

    private mutating func saved(
        projectID: String, type: IntegrationType, _ integrations: [Integration], confirmed: Bool = false
    ) -> [Effect] {
        guard var menu, menu.project.id == projectID else { return [] }
        menu.merge(integrations)
        menu.select(type)
        let holds = integrations.first { $0.type == type }.map { IntegrationSummary.describe($0, glyphs: glyphs, labelled: true) }
        let outcome = confirmed ? "form.saved.confirmed" : (form?.form.mode.isUpdate == true ? "form.saved.updated" : "form.saved.created")
        let title = tr(outcome, type.displayName, menu.project.name)
        menu.banner = Banner(.success, title, detail: holds.map { $0.isEmpty ? nil : tr("form.saved.holds", $0) } ?? nil)
        self.menu = menu
        // A type with a scrape configuration shows it after a save, with
        // the password just typed: the one moment it is known.
        let scrape = IntegrationCatalog.entry(for: type).scrapeConfiguration
        let typedPassword = scrape.flatMap { form?.form.field($0.passwordField)?.text }
        form = nil
        if route == .form { leaveForm() }
        if scrape != nil {
            if let typedPassword, !typedPassword.isEmpty { scrapePasswords[projectID] = SecretValue(typedPassword) }
            openScrapeConfig(of: type, note: tr("form.saved.scrapeNote", title))
        }
        return loadIntegrations(projectID: projectID)
    }

    private mutating func failed(_ id: RequestID, _ kind: PendingRequest, _ error: AtlasError) -> [Effect] {
        if case .cancelled = error { return [] }
        switch kind {
        case .demo:
            start?.demoRequest = nil
            start?.banner = ErrorPresentation.banner(for: error, doing: tr("errors.action.demo"), canRetry: false)
        case .organizations:
            picker.loadFailed(id)
            picker.banner = loadBanner(error, doing: tr("errors.action.organizations"))
        case .projects(let organizationID):
            let arrived = picker.shownCount(id)
            picker.loadFailed(id)
            let failures = picker.failedLoads
            guard failures.count > 1 else {
                let name = picker.organizationName(organizationID)
                var banner = loadBanner(error, doing: tr("errors.action.projects", name))
                if let arrived, arrived.shown > 0 {
                    let arrivedText = arrived.total.map { tr("errors.incomplete.arrivedOf", arrived.shown, $0, name) }
                        ?? tr("errors.incomplete.arrived", arrived.shown, name)
                    banner.hint = tr("errors.incomplete", arrivedText) + (banner.hint ?? "")
                }
                picker.banner = banner
                return []
            }
            // Several organizations failed: one banner that counts and names
            // them all (the last error as the example), not one blamed.
            picker.banner = severalProjectListsFailed(failures, lastError: error)
        case .project(let projectID):
            guard menu?.project.id == projectID else { return [] }
            menu?.banner = ErrorPresentation.banner(for: error, doing: tr("errors.action.project"), canRetry: false)
            menu?.banner?.hint = tr("errors.hint.escToProjects")
        case .integrations(let projectID):
            guard menu?.project.id == projectID else { return [] }
            if menu?.loadRequest == id { menu?.loadRequest = nil }
            var banner = ErrorPresentation.banner(for: error, doing: tr("errors.action.integrations"))
            if error.isRetryable { banner.hint = tr("errors.hint.pressRToRetry") }
            menu?.banner = banner
        case .save(let projectID, _):
            let mine = form?.saveRequest == id || form?.detachedSave == id
            if mine, error.leavesWriteOutcomeUnknown {
                form?.detachedSave = nil
                return checkSave(cause: ErrorPresentation.lostAnswer(error, of: tr("errors.action.save")))
            }
            if form?.saveRequest == id {
                form?.saveFailed(error)
            } else if form?.detachedSave == id {
                form?.detachedSaveFailed(error)
            } else if menu?.project.id == projectID {
                // Nobody is looking at that form any more: show what Atlas holds.
                return loadIntegrations(projectID: projectID)
            }
        case .checkWrite(let projectID, let type, .delete):
            guard menu?.project.id == projectID else { return [] }
            menu?.deleteRequest = nil
            menu?.banner = Banner(.error, tr("errors.deleteUnknown.title"),
                                  detail: tr("errors.deleteUnknown.detail", type.displayName,
                                             Sanitizer.sanitize(error.localizedMessage, maxCharacters: 200)),
                                  hint: tr("errors.deleteUnknown.hint"))
        case .checkWrite:
            if form?.checkRequest == id { form?.checkFailed(error) }
        case .checkLeftover(let index):
            settleLeftover(index) { _ in .unknown(Sanitizer.sanitize(error.localizedMessage, maxCharacters: 200)) }
        case .delete(let projectID, let type):
            guard menu?.project.id == projectID else { return [] }
            menu?.deleteRequest = nil
            if error.leavesWriteOutcomeUnknown {
                let checkID = requests.open(.checkWrite(projectID: projectID, type: type, .delete))
                menu?.deleteRequest = checkID
                menu?.banner = Banner(.warning, tr("errors.checkingDelete", type.displayName),
                                      detail: ErrorPresentation.lostAnswer(error, of: tr("errors.action.delete")))
                return [.readIntegration(checkID, projectID: projectID, type: type)]
            }
            var banner = ErrorPresentation.banner(for: error, doing: tr("errors.action.deleting"))
            if error.isRetryable { banner.hint = tr("form.hint.deleteAgain") }
            menu?.banner = banner
        case .matrixRows:
            // The rows it asked for: see `noteForMatrix`.
            break
        case .alertUsage(let projectID, let type):
            alertUsageFailed(projectID: projectID, type: type, error)
        case .applyPlan, .applyRun:
            applyFailed(kind, error)
        case .testDelivery:
            // A delivery's failures are in its report; this is a failure to start it.
            if case .testDelivery(let delivery, id?) = overlay {
                testDelivered(id, TestDeliveryReport(
                    destination: delivery.request.destination, event: nil, signature: nil, elapsed: .zero,
                    outcome: .failed(.other, Sanitizer.sanitize(error.localizedMessage, maxCharacters: 200))))
            }
        case .editor:
            form?.editorRequest = nil
            form?.banner = Banner(.error, tr("errors.editor.title"), detail: Sanitizer.sanitize(error.localizedMessage, maxCharacters: 300),
                                  hint: tr("errors.editor.hint"))
        case .writeFiles(let what, let from):
            setBanner(Banner(.error, tr("errors.files.title", what), detail: Sanitizer.sanitize(error.localizedMessage, maxCharacters: 300),
                             hint: tr("errors.files.hint")), on: from)
        }
        return []
    }

    /// "Listing the projects of 5 organizations (“a”, “b”, “c” and 2 more)
    /// failed …; The list is incomplete: 2,500 of 3,000 projects of these
    /// organizations arrived."
    private func severalProjectListsFailed(_ failures: [IncompleteList], lastError error: AtlasError) -> Banner {
        let names = failures.map { tr("errors.quoted", picker.organizationName($0.organizationID)) }
        let shownNames = names.count <= 3 ? names : Array(names.prefix(3)) + [tr("errors.list.more", names.count - 3)]
        let list = shownNames.count == 1 ? shownNames[0]
            : tr("errors.list.and", shownNames.dropLast().joined(separator: tr("errors.list.separator")), shownNames.last ?? "")
        var banner = loadBanner(error, doing: tr("errors.action.severalProjects", failures.count, list))
        let shown = failures.reduce(0) { $0 + $1.shown }
        let totals = failures.compactMap(\.total)
        let arrived = shown == 0 ? tr("errors.incomplete.noneArrived")
            : totals.count == failures.count ? tr("errors.incomplete.arrivedOfThese", shown, totals.reduce(0, +))
            : tr("errors.incomplete.arrivedThese", shown)
        banner.hint = tr("errors.incomplete", arrived) + (banner.hint ?? "")
        return banner
    }

    private func loadBanner(_ error: AtlasError, doing action: String) -> Banner {
        var banner = ErrorPresentation.banner(for: error, doing: action)
        if error.isRetryable {
            banner.hint = tr("errors.hint.reload")
        } else {
            banner.hint = tr("errors.hint.reload") + (banner.hint.map { " " + $0 } ?? "")
        }
        return banner
    }

    /// How long after it was sent a write Atlas does not show yet may still
    /// be on its way.
    static let settlingSeconds = 60

    /// Reads back every write an earlier session left unanswered, so the
    /// notice can say what became of each instead of asking.
    mutating func checkLeftovers() -> [Effect] {
        guard case .notice(var notice) = overlay else { return [] }
        var effects: [Effect] = []
        for (index, write) in notice.writes.enumerated() {
            let id = requests.open(.checkLeftover(index: index))
            notice.findings[index] = .checking
            effects.append(.readIntegration(id, projectID: write.projectID, type: write.type))
        }
        overlay = .notice(notice)
        return effects
    }

    private mutating func settleLeftover(_ index: Int, _ finding: (InFlightWrite) -> UnfinishedWritesNotice.Finding) {
        guard case .notice(var notice) = overlay, notice.writes.indices.contains(index) else { return }
        notice.findings[index] = finding(notice.writes[index])
        overlay = .notice(notice)
    }
}
