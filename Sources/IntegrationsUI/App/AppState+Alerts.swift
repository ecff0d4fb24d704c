import AtlasAdmin

/// Knowing where alerts go: what a delete would silence, read from the
/// project's alert configurations while the operator is asked, and sample
/// deliveries to a destination typed in a form.
extension AppState {
    /// How many alert configurations a confirmation names before "and N more".
    static let listedAlertConfigurations = 5

    // MARK: - What a delete would silence

    mutating func confirmDelete(_ type: IntegrationType) -> [Effect] {
        guard let menu, !configuration.readOnly else { return [] }
        let projectID = menu.project.id
        let message = tr("overlays.delete.message", type.displayName, menu.project.name, Sanitizer.sanitize(projectID, maxCharacters: 40))
        var dialog = ConfirmDialog(title: tr("overlays.delete.title", type.displayName), message: message,
                                   confirmLabel: tr("overlays.delete.confirm"), cancelLabel: tr("overlays.delete.keep"))
        guard IntegrationCatalog.entry(for: type).alertNotificationTypeName != nil else {
            dialog.notes = Self.alertNotes(.notAnAlertDestination, type: type)
            overlay = .confirm(dialog, .delete(projectID: projectID, type: type))
            return []
        }
        let id = requests.open(.alertUsage(projectID: projectID, type: type))
        dialog.notes = [ConfirmDialog.Note("\(context.spinner) " + tr("overlays.alerts.reading", type.displayName), .dialogDim)]
        overlay = .confirm(dialog, .delete(projectID: projectID, type: type))
        return [.loadAlertUsage(id, projectID: projectID, type: type)]
    }

    /// The alert configurations came: the open confirmation names them.
    mutating func alertUsageLoaded(projectID: String, type: IntegrationType, _ usage: AlertUsage) {
        updateDeleteDialog(projectID: projectID, type: type) { $0.notes = Self.alertNotes(usage, type: type) }
    }

    /// They could not be read: say so, and leave the delete possible.
    mutating func alertUsageFailed(projectID: String, type: IntegrationType, _ error: AtlasError) {
        let why = error.status.map { "HTTP \($0)\(error.errorCode.map { " \($0)" } ?? "")" }
            ?? Sanitizer.sanitize(error.localizedMessage, maxCharacters: 120)
        let consequence = IntegrationCatalog.entry(for: type).deleteRefusedWhileNotified
            ? tr("overlays.alerts.failed.refused", type.displayName)
            : tr("overlays.alerts.failed.stop", type.displayName)
        updateDeleteDialog(projectID: projectID, type: type) {
            $0.notes = [ConfirmDialog.Note(tr("overlays.alerts.failed", why, consequence), .dialogTitle)]
        }
    }

    private mutating func updateDeleteDialog(projectID: String, type: IntegrationType, _ change: (inout ConfirmDialog) -> Void) {
        guard case .confirm(var dialog, let action) = overlay, action == .delete(projectID: projectID, type: type) else { return }
        change(&dialog)
        overlay = .confirm(dialog, action)
    }

    /// The lines a confirmation shows for `usage`.
    static func alertNotes(_ usage: AlertUsage, type: IntegrationType) -> [ConfirmDialog.Note] {
        let name = type.displayName
        switch usage {
        case .notAnAlertDestination:
            return [ConfirmDialog.Note(tr("overlays.alerts.nodestination", name), .dialogDim)]
        case .notifying(let configurations) where configurations.isEmpty:
            return [ConfirmDialog.Note(tr("overlays.alerts.none", name), .dialogDim)]
        case .notifying(let configurations):
            let count = configurations.count
            let enabled = configurations.filter(\.enabled).count
            var notes = [ConfirmDialog.Note(trPlural("overlays.alerts.count", count, name, enabled), .dialogTitle)]
            for configuration in configurations.prefix(listedAlertConfigurations) {
                let event = Sanitizer.sanitize(configuration.eventTypeName, maxCharacters: 60)
                let state = tr(configuration.enabled ? "overlays.alerts.enabled" : "overlays.alerts.disabled")
                notes.append(ConfirmDialog.Note("• \(event) (\(state))"))
            }
            if count > listedAlertConfigurations {
                notes.append(ConfirmDialog.Note("  " + tr("overlays.alerts.more", count - listedAlertConfigurations), .dialogDim))
            }
            notes.append(IntegrationCatalog.entry(for: type).deleteRefusedWhileNotified
                ? ConfirmDialog.Note(tr("overlays.alerts.refused", name), .dialogTitle)
                : ConfirmDialog.Note(tr("overlays.alerts.silenced"), .dialogDim))
            return notes
        }
    }

    // MARK: - Test delivery

    /// `t` in the menu: the form of the type, its destination to type again
    /// (Atlas returns it masked), with Ctrl-T named as what sends the test.
    mutating func prepareTestDelivery(_ type: IntegrationType) -> [Effect] {
        guard let kind = IntegrationCatalog.entry(for: type).testDelivery else { return [] }
        let effects = openForm(type)
        guard route == .form, var screen = form, screen.type == type else { return effects }
        screen.form.focus(field: kind.urlField)
        let secret = kind.secretField.flatMap { IntegrationCatalog.entry(for: type).field($0)?.noun }
        let configured = menu?.integrations?[type] != nil
        let what = secret.map { tr("overlays.test.what.secret", type.displayName, $0) } ?? tr("overlays.test.what", type.displayName)
        screen.banner = configured
            ? Banner(.info, tr("overlays.test.again", what),
                     detail: tr(secret == nil ? "overlays.test.masked.one" : "overlays.test.masked.both"))
            : Banner(.info, tr("overlays.test.type", what), detail: tr("overlays.test.notsaved"))
        form = screen
        return effects
    }

    /// Ctrl-T in a form: a sample delivery to the URL (and secret) as typed.
    mutating func sendTestDelivery() -> [Effect] {
        guard var screen = form, let kind = IntegrationCatalog.entry(for: screen.type).testDelivery else { return [] }
        guard let urlField = screen.form.field(kind.urlField) else { return [] }
        let url = urlField.text
        if url.isEmpty {
            screen.form.setError(tr(urlField.hasMaskedCurrent ? "overlays.test.nourl.masked" : "overlays.test.nourl", urlField.spec.label),
                                 forField: kind.urlField)
            screen.form.focus(field: kind.urlField)
            form = screen
            return []
        }
        // The same checks as a save, the masked-copy guard first: a test
        // never goes to `…/****9c2e`, nor signs with a masked secret.
        for key in [kind.urlField] + (kind.secretField.map { [$0] } ?? []) {
            guard let field = screen.form.field(key), !field.text.isEmpty else { continue }
            if let problem = field.validationMessage() {
                screen.form.setError(problem, forField: key)
                screen.form.focus(field: key)
                form = screen
                return []
            }
        }
        let secret = kind.secretField.flatMap { screen.form.field($0)?.text }
        let request: TestDeliveryRequest
        do {
            let templated = screen.form.fields.contains { $0.spec.kind == .template && !$0.text.isEmpty }
            request = try TestDeliveryRequest(type: screen.type, url: url, secret: secret,
                                              projectID: screen.project.id, projectName: screen.project.name,
                                              templatesNotApplied: templated)
        } catch {
            screen.form.setError(error.localizedMessage, forField: kind.urlField)
            form = screen
            return []
        }
        return startTestDelivery(request)
    }

    private mutating func startTestDelivery(_ request: TestDeliveryRequest) -> [Effect] {
        let id = requests.open(.testDelivery)
        overlay = .testDelivery(TestDeliveryOverlay(request: request), id)
        return [.sendTestDelivery(id, request)]
    }

    mutating func testDelivered(_ id: RequestID, _ report: TestDeliveryReport) {
        guard case .testDelivery(var delivery, id?) = overlay else { return }
        delivery.report = report
        overlay = .testDelivery(delivery, nil)
    }

    mutating func handleTestDelivery(_ delivery: inout TestDeliveryOverlay, _ id: RequestID?, _ key: Key) -> [Effect] {
        switch delivery.update(key) {
        case .pending:
            overlay = .testDelivery(delivery, id)
            return []
        case .closed:
            overlay = nil
            // Closing while it is on its way: its report has nowhere to go.
            if let id {
                requests.close(id)
                return [.cancel(id)]
            }
            return []
        case .sendAgain:
            return startTestDelivery(delivery.request)
        }
    }
}
