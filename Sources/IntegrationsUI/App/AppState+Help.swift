import AtlasAdmin

extension AppState {
    /// The help overlay for the current screen: its own keys (including the
    /// ones switched off, with why), then the keys that work everywhere.
    func helpOverlay() -> HelpOverlay {
        let context = self.context
        let everywhere = HelpSection("Everywhere", [
            keyMap.help, keyMap.back, keyMap.quit, keyMap.quitAnyKey, keyMap.forceQuit, keyMap.sessionWrites,
        ])
        switch route {
        case .start:
            return HelpOverlay(title: "Help: start", sections: [HelpSection("Start", start?.bindings(context) ?? []), everywhere])
        case .picker:
            // Every character typed here is filter text, so `?` and `q` are letters.
            let keys = HelpSection("Everywhere", [keyMap.quitAnyKey, keyMap.forceQuit])
            return HelpOverlay(
                title: "Help: projects",
                sections: [HelpSection("Projects", picker.bindings(context)), keys],
                notes: ["Everything you type goes to the filter, q, ? and / included (case, accents and full-width forms are ignored; it matches anywhere in the name). Esc clears the filter; on an empty filter Esc quits, as do F10 and Ctrl-C. F1 is help. Projects keep loading in the background; the count shows the progress.",
                        "Ctrl-T (or F2) opens the matrix of the projects the filter shows: every project's integrations side by side, and where they differ."])
        case .menu:
            return HelpOverlay(
                title: "Help: integrations",
                sections: [HelpSection("Integrations", menu?.bindings(context) ?? []), everywhere],
                notes: ["One integration of each kind per project."]
                    + IntegrationCatalog.entries.compactMap { entry in
                        entry.limitation.map { "\(entry.displayName): \($0.reason)" }
                    })
        case .matrix:
            return matrixHelp(context, everywhere: everywhere)
        case .apply:
            return HelpOverlay(
                title: "Help: apply",
                sections: [HelpSection("Apply", apply?.bindings(context) ?? []), everywhere],
                notes: ["Every project is read first: the plan says, per project, create, update (what differs as far as Atlas shows), the same as far as Atlas shows (the secret itself cannot be compared: Ctrl-A chooses whether those are written again), or why it cannot be written. Type the number of writes and Enter to send them, paced by Atlas's rate limit. Esc stops starting new writes; running ones finish and are reported. A write whose answer is lost is read back, never sent again blindly; r retries the failed ones, each read first. Every write goes to the audit log."])
        case .form:
            let fieldBindings = form?.form.focusedField?.widget.bindings ?? []
            let screenBindings = (form?.bindings(context) ?? []).filter { !fieldBindings.contains($0) }
            return HelpOverlay(
                title: "Help: form",
                sections: [HelpSection("This field", fieldBindings), HelpSection("Form", screenBindings), everywhere],
                notes: (form.map { Self.typeNotes($0.form.spec) } ?? []) + ["Inside a text field q and ? are letters: use Esc to go back, F1 for help and F10 or Ctrl-C to quit. Secrets are masked as you type; ctrl+r shows them while the field has focus. Pasted text arrives exactly; a paste of several lines into a one-line field keeps the first line and says so."])
        }
    }

    /// What the form's help says about its type: what it does, and which
    /// fields Atlas never shows again.
    static func typeNotes(_ entry: CatalogEntry) -> [String] {
        var notes = ["\(entry.displayName): \(entry.summary)"]
        let hidden = entry.hiddenFields.filter(\.isWritable).map(\.noun)
        if entry.isCreatable, !hidden.isEmpty {
            let list = hidden.count == 1 ? hidden[0] : hidden.dropLast().joined(separator: ", ") + " and " + hidden[hidden.count - 1]
            notes.append("Atlas never returns the \(list) in clear: type \(hidden.count == 1 ? "it" : "them") again when editing. A masked copy (****) is refused.")
        }
        if let delivery = entry.testDelivery {
            let what = delivery.secretField == nil
                ? "a test card to the URL as typed"
                : "a sample alert to the URL as typed, signed (X-MMS-Signature) when a secret is typed"
            notes.append("Ctrl-T sends \(what), from this machine rather than from Atlas; nothing is saved.")
        }
        return notes
    }
}
