import AtlasAdmin

extension AppState {
    /// Saves and deletes sent to Atlas and not yet answered.
    var writesInFlight: [PendingRequest] {
        requests.pending.sorted { $0.key < $1.key }.map(\.value).filter(\.isWrite)
    }

    /// Ctrl-C: quit at once, unless a save or delete is still unanswered;
    /// then ask first, and a second Ctrl-C quits. (Below the minimum size
    /// the question could not be seen, so it quits.)
    mutating func forceQuit() -> [Effect] {
        if !writesInFlight.isEmpty, !isAskingToQuit, !isTooSmall {
            askToQuitDuringWrites()
            return []
        }
        return quitNow()
    }

    /// Ends the session. Reads still running are cancelled; writes are
    /// left to finish (the executable waits a few seconds for them, and
    /// reports any still unanswered at the next start), since cancelling
    /// one that Atlas already has would leave its outcome unknown.
    mutating func quitNow() -> [Effect] {
        hasQuit = true
        let running = requests.pending.sorted { $0.key < $1.key }
        let cancels = running.filter { !$0.value.isWrite }.map { Effect.cancel($0.key) }
        for (id, _) in running { requests.close(id) }
        return cancels + [.quit]
    }

    /// A quit question is open (a second Ctrl-C answers it).
    var isAskingToQuit: Bool {
        if case .confirm(_, .quit) = overlay { return true }
        return false
    }

    /// Asks before quitting while writes are unanswered, naming them.
    mutating func askToQuitDuringWrites() {
        let writes = writesInFlight
        let names = writes.map { describe($0) }
        let title = writes.allSatisfy(\.isDelete) ? tr("common.quit.title.delete") : tr("common.quit.title.save")
        overlay = .confirm(
            ConfirmDialog(
                title: title,
                message: trPlural("common.quit.message", names.count, names.joined(separator: tr("common.list.separator"))),
                confirmLabel: tr("common.quit.confirm"), cancelLabel: tr("common.quit.wait")),
            .quit)
    }

    /// "PagerDuty save on “storefront-staging”".
    private func describe(_ request: PendingRequest) -> String {
        switch request {
        case .save(let projectID, let type):
            return tr("common.write.save", type.displayName, projectName(projectID))
        case .delete(let projectID, let type):
            return tr("common.write.delete", type.displayName, projectName(projectID))
        case .applyRun:
            return tr("common.write.apply", apply?.type.displayName ?? tr("common.write.integration"), String(apply?.projects.count ?? 0))
        default:
            return tr("common.write.request")
        }
    }

    /// The project's name as shown, for messages about its writes.
    public func projectName(_ projectID: String) -> String {
        let name = menu?.project.id == projectID ? menu?.project.name : nil
        return Sanitizer.sanitize(name ?? projectID, maxCharacters: 80)
    }
}

extension PendingRequest {
    /// A save or a delete: something that changes Atlas.
    var isWrite: Bool {
        switch self {
        case .save, .delete, .applyRun: true
        default: false
        }
    }

    var isDelete: Bool {
        if case .delete = self { return true }
        return false
    }
}
