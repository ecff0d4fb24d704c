import AtlasAdmin

extension AppState {
    /// The help overlay for the current screen: its own keys (including the
    /// ones switched off, with why), then the keys that work everywhere.
    func helpOverlay() -> HelpOverlay {
        let context = self.context
        let everywhere = HelpSection(tr("common.help.everywhere"), [
            keyMap.help, keyMap.back, keyMap.quit, keyMap.quitAnyKey, keyMap.forceQuit, keyMap.sessionWrites,
        ])
        switch route {
        case .start:
            return HelpOverlay(title: tr("start.help.title"), sections: [HelpSection(tr("start.help.section"), start?.bindings(context) ?? []), everywhere])
        case .picker:
            // Every character typed here is filter text, so `?` and `q` are letters.
            let keys = HelpSection(tr("common.help.everywhere"), [keyMap.quitAnyKey, keyMap.forceQuit])
            return HelpOverlay(
                title: tr("picker.help.title"),
                sections: [HelpSection(tr("picker.title"), picker.bindings(context)), keys],
                notes: [tr("picker.help.filter"), tr("picker.help.matrix")])
        case .menu:
            return HelpOverlay(
                title: tr("menu.help.title"),
                sections: [HelpSection(tr("menu.help.section"), menu?.bindings(context) ?? []), everywhere],
                notes: [tr("menu.help.one")]
                    + IntegrationCatalog.entries.compactMap { entry in
                        entry.limitation.map { tr("menu.help.limitation", entry.displayName, $0.reason) }
                    })
        case .matrix:
            return matrixHelp(context, everywhere: everywhere)
        case .apply:
            return HelpOverlay(
                title: tr("common.help.apply.title"),
                sections: [HelpSection(tr("common.help.apply.section"), apply?.bindings(context) ?? []), everywhere],
                notes: [tr("common.help.apply.note")])
        case .form:
            let fieldBindings = form?.form.focusedField?.widget.bindings ?? []
            let screenBindings = (form?.bindings(context) ?? []).filter { !fieldBindings.contains($0) }
            return HelpOverlay(
                title: tr("common.help.form.title"),
                sections: [HelpSection(tr("common.help.form.field"), fieldBindings), HelpSection(tr("common.help.form.section"), screenBindings),
                           everywhere],
                notes: (form.map { Self.typeNotes($0.form.spec) } ?? []) + [tr("common.help.form.note")])
        }
    }

    /// What the form's help says about its type: what it does, and which
    /// fields Atlas never shows again.
    static func typeNotes(_ entry: CatalogEntry) -> [String] {
        var notes = [tr("common.help.form.type", entry.displayName, entry.summary)]
        let hidden = entry.hiddenFields.filter(\.isWritable).map(\.noun)
        if entry.isCreatable, !hidden.isEmpty {
            let list = hidden.count == 1
                ? hidden[0] : tr("common.list.last", hidden.dropLast().joined(separator: tr("common.list.separator")), hidden[hidden.count - 1])
            notes.append(trPlural("common.help.form.hidden", hidden.count, list))
        }
        if let delivery = entry.testDelivery {
            notes.append(delivery.secretField == nil ? tr("common.help.form.test.card") : tr("common.help.form.test.alert"))
        }
        return notes
    }
}
