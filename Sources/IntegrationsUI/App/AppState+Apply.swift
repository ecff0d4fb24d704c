import AtlasAdmin
import Localization
import Foundation

/// One integration applied to many projects from the matrix: `a` on a
/// column opens that type's form once for the marked rows; Ctrl-S reads
/// every project and shows the plan; typing the number of writes sends
/// them; the run is shown project by project.
extension AppState {
    mutating func startApply(_ type: IntegrationType, projectIDs: [String], from source: String? = nil) -> [Effect] {
        guard var screen = matrix else { return [] }
        let entry = IntegrationCatalog.entry(for: type)
        if let limitation = entry.limitation {
            screen.banner = Banner(.info, tr("apply.start.notwritable", entry.displayName), detail: limitation.reason)
            matrix = screen
            return []
        }
        if configuration.readOnly {
            screen.banner = Banner(.warning, tr("apply.start.readonly"), detail: tr("apply.start.readonly.detail"))
            matrix = screen
            return []
        }
        let projects = projectIDs.compactMap { id -> ApplyProject? in
            guard let row = screen.matrix.row(of: id) else { return nil }
            return ApplyProject(id: id, name: screen.matrix.projects[row].name)
        }
        guard !projects.isEmpty else { return [] }
        let count = projects.count
        let label = trPlural("apply.projects", count)
        var applyForm = IntegrationFormScreen(
            project: Project(id: "", name: label, orgID: ""), form: Form(spec: entry, mode: .create))
        applyForm.applyTo = projects
        applyForm.banner = Banner(.info, tr("apply.start.fill", entry.displayName, label),
                                  detail: tr("apply.start.fill.detail"))
        // Starting from one project's settings: its clear values are
        // copied; what Atlas shows only masked must be typed.
        if let source, let row = screen.matrix.row(of: source),
           let current = screen.matrix.read(source)?.integrations?.first(where: { $0.type == type }) {
            for field in entry.fields where field.readBack == .clear {
                if let text = current.text(field.key) { applyForm.form.setText(text, forField: field.key) }
                if let flag = current.bool(field.key) { applyForm.form.setText(flag ? "true" : "false", forField: field.key) }
            }
            let masked = entry.fields.filter { $0.readBack != .clear }.map(\.noun)
            applyForm.banner = Banner(
                .info, tr("apply.start.from", entry.displayName, label, Sanitizer.sanitize(screen.matrix.projects[row].name, maxCharacters: 64)),
                detail: masked.isEmpty ? tr("apply.start.from.clear")
                    : tr("apply.start.from.masked", masked.joined(separator: tr("apply.list.and"))))
        }
        form = applyForm
        formReturn = .matrix
        route = .form
        return []
    }

    /// The form filled once: read every project for the plan.
    mutating func planApply(_ settings: IntegrationSettings, to projects: [ApplyProject]) -> [Effect] {
        let id = requests.open(.applyPlan)
        apply = ApplyScreen(type: settings.type, projects: projects, settings: settings, reading: id)
        route = .apply
        return [.planApply(id, settings: settings, projects: projects, readOnly: configuration.readOnly)]
    }

    /// `r` on the notice of an interrupted apply: its type's form, clear
    /// values filled in from the checkpoint, the secret to type again.
    mutating func startResume(_ checkpoint: ApplyCheckpoint) -> [Effect] {
        let entry = IntegrationCatalog.entry(for: checkpoint.type)
        let projects = checkpoint.projects.map { ApplyProject(id: $0.projectID, name: $0.projectName) }
        let label = trPlural("apply.projects", projects.count)
        var resumeForm = IntegrationFormScreen(
            project: Project(id: "", name: label, orgID: ""), form: Form(spec: entry, mode: .create))
        for (key, expected) in checkpoint.expectation {
            switch expected {
            case .text(let value): resumeForm.form.setText(value, forField: key)
            case .bool(let value): resumeForm.form.setText(value ? "true" : "false", forField: key)
            case .maskedTail: break
            }
        }
        resumeForm.applyTo = projects
        resumeForm.resuming = checkpoint
        let tails = checkpoint.expectation.compactMap { key, value -> String? in
            guard case .maskedTail(let tail) = value else { return nil }
            return "\(entry.field(key)?.label ?? key) …\(tail)"
        }.sorted()
        resumeForm.banner = Banner(.info, tr("apply.resume.form", entry.displayName, label),
                                   detail: (tails.isEmpty ? "" : tr("apply.resume.form.tails", tails.joined(separator: tr("apply.list.separator"))))
                                       + tr("apply.resume.form.detail"))
        form = resumeForm
        formReturn = .menu
        route = .form
        return []
    }

    mutating func planResume(_ checkpoint: ApplyCheckpoint, _ settings: IntegrationSettings) -> [Effect] {
        let id = requests.open(.applyPlan)
        let projects = checkpoint.projects.map { ApplyProject(id: $0.projectID, name: $0.projectName) }
        apply = ApplyScreen(type: settings.type, projects: projects, settings: settings, reading: id)
        route = .apply
        return [.planResume(id, checkpoint: checkpoint, settings: settings)]
    }

    mutating func runApply() -> [Effect] {
        guard var screen = apply, let plan = screen.plan, case .planned = screen.phase else { return [] }
        let id = requests.open(.applyRun)
        screen.phase = .running(id)
        screen.startedAt = now
        apply = screen
        return [.runApply(id, plan: plan, settings: screen.settings)]
    }

    mutating func stopApply() -> [Effect] {
        guard case .running(let id)? = apply?.phase else { return [] }
        return [.stopApply(id)]
    }

    mutating func retryApply() -> [Effect] {
        guard var screen = apply, case .finished(let id, _) = screen.phase else { return [] }
        requests.reopen(id, as: .applyRun)
        screen.phase = .running(id)
        screen.banner = nil
        apply = screen
        return [.retryApply(id)]
    }

    /// Esc: back to the form (input kept) before the run, to the matrix
    /// after it (its rows read again); during the run Esc stops it instead.
    mutating func leaveApply() -> [Effect] {
        guard let screen = apply else { return [] }
        switch screen.phase {
        case .reading(let id):
            requests.close(id)
            apply = nil
            route = .form
            return [.cancel(id)]
        case .planned:
            apply = nil
            route = .form
            return []
        case .running:
            return []
        case .finished:
            apply = nil
            form = nil
            formReturn = .menu
            route = matrix == nil ? .picker : .matrix
            // The secret goes with the screen; the matrix shows what Atlas holds now.
            return matrix == nil ? [] : readMatrixRows(again: screen.projects.map(\.id))
        }
    }

    mutating func applyResult(_ kind: PendingRequest, _ event: AppEvent) {
        switch (kind, event) {
        case (.applyPlan, .applyPlanned(let id, let plan)):
            guard case .reading(id)? = apply?.phase else { return }
            apply?.planned(plan)
        case (.applyRun, .applyUpdate(let id, let update)):
            guard case .running(id)? = apply?.phase else { return }
            apply?.update(update)
            // The writes box lists an apply's writes as they settle.
            if case .project(let project, let state) = update, let type = apply?.type {
                let outcome: SessionWrite.Outcome? = switch state {
                case .applied: .applied(tr("apply.write.applied"))
                case .failed(let line): .failed(line)
                case .unknown(let line): .unknown(line)
                default: nil
                }
                if let outcome {
                    sessionWrites.append(SessionWrite(time: now, projectID: project.id, projectName: project.name,
                                                      type: type, action: .save, outcome: outcome))
                }
            }
        default:
            break
        }
    }

    mutating func applyFailed(_ kind: PendingRequest, _ error: AtlasError) {
        switch kind {
        case .applyPlan:
            apply?.banner = ErrorPresentation.banner(for: error, doing: tr("apply.doing.plan"), canRetry: false)
        case .applyRun:
            apply?.banner = ErrorPresentation.banner(for: error, doing: tr("apply.doing.run"), canRetry: false)
            if var screen = apply, case .running(let id) = screen.phase {
                screen.phase = .finished(id, ApplySummary(applied: [], failed: [], unknown: [], pending: screen.projects))
                apply = screen
            }
        default:
            break
        }
    }
}
