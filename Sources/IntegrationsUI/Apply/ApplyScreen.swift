import AtlasAdmin
import Foundation

/// One integration type applied to many projects: the fresh read, the plan
/// the operator confirms by typing the number of writes, the run with a
/// live line per project, and the summary, from which `r` retries what
/// failed. The typed settings, secret included, live only in this screen
/// (and the effects it asks for) and go with it.
struct ApplyScreen: Sendable, Equatable {
    enum Phase: Sendable, Equatable {
        /// Reading every project's integrations for the plan.
        case reading(RequestID)
        /// The plan, waiting for the number of writes to be typed.
        case planned
        case running(RequestID)
        /// The run ended (or was stopped); `r` retries the failed ones.
        case finished(RequestID, ApplySummary)
    }

    let type: IntegrationType
    let projects: [ApplyProject]
    let settings: IntegrationSettings
    var phase: Phase
    var plan: ApplyPlan?
    var states: [String: ApplyProjectState] = [:]
    var confirmation = TextInput("", maxLength: 8, placeholder: tr("apply.confirm.placeholder"))
    var banner: Banner?
    /// Whether Esc asked the run to stop (running writes still finish).
    var stopping = false
    var waitingUntil: String?
    /// When the run started, on the core's clock, for elapsed and remaining time.
    var startedAt: Date?
    private(set) var cursor = ListCursor(count: 0)
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var confirm = KeyBinding([.enter], help: tr("apply.key.confirm"))
        var rewriteSame = KeyBinding([.control("a")], help: tr("apply.key.rewritesame"))
        var stop = KeyBinding([.escape], help: tr("apply.key.stop"), essential: true)
        var back = KeyBinding([.escape], help: tr("apply.key.back"), essential: true)
        var retry = KeyBinding([.character("r")], help: tr("apply.key.retry"))
    }

    init(type: IntegrationType, projects: [ApplyProject], settings: IntegrationSettings, reading id: RequestID) {
        self.type = type
        self.projects = projects
        self.settings = settings
        self.phase = .reading(id)
        cursor.setCount(projects.count)
    }

    mutating func planned(_ plan: ApplyPlan) {
        self.plan = plan
        phase = .planned
        confirmation.focus()
        for item in plan.items {
            if plan.writes(item) { states[item.project.id] = .waiting }
            // A resumed apply: what an earlier run settled shows as such.
            if item.outcome == .applied { states[item.project.id] = .applied }
            if item.outcome == .failed { states[item.project.id] = .failed(tr("apply.state.beforeresume")) }
        }
        cursor.setCount(plan.items.count)
    }

    mutating func update(_ update: ApplyUpdate) {
        switch update {
        case .project(let project, let state):
            states[project.id] = state
            waitingUntil = nil
        case .rateLimited(let duration):
            waitingUntil = tr("apply.wait", Int(duration / .seconds(1)))
        case .halted(let reason):
            banner = Banner(.error, tr("apply.halted"), detail: Sanitizer.sanitize(reason, maxCharacters: 300),
                            hint: tr("apply.halted.hint"))
        case .finished(let summary):
            if case .running(let id) = phase { phase = .finished(id, summary) }
            stopping = false
        }
    }

    var isRunning: Bool { if case .running = phase { return true } else { return false } }

    func bindings(_ context: ScreenContext) -> [KeyBinding] {
        switch phase {
        case .reading: return [keyMap.back, context.global.forceQuitHint]
        case .planned:
            let count = plan?.confirmationCount ?? 0
            return [keyMap.confirm.withHelp(count == 0 ? tr("apply.key.nothing") : tr("apply.key.confirmcount", count))
                        .enabled(count > 0, reason: tr("apply.key.nothing")),
                    keyMap.rewriteSame.withHelp(tr(plan?.rewritesSame == true ? "apply.key.skipsame" : "apply.key.rewritesame")),
                    keyMap.back, cursor.keyMap.up, context.global.forceQuitHint]
        case .running: return [keyMap.stop.withHelp(tr(stopping ? "apply.key.stopping" : "apply.key.stop")), context.global.forceQuitHint]
        case .finished(_, let summary):
            return [keyMap.retry.enabled(!(summary.failed.isEmpty && summary.unknown.isEmpty), reason: tr("apply.key.nothingfailed")),
                    keyMap.back, cursor.keyMap.up, context.global.quit, context.global.forceQuit]
        }
    }

    mutating func handle(_ event: InputEvent, _ context: ScreenContext) -> [ScreenAction] {
        switch phase {
        case .reading:
            if keyMap.back.matches(event) { return [.back] }
            return []
        case .planned:
            guard case .key(let key) = event else {
                if case .paste = event { _ = confirmation.update(event) }
                return []
            }
            if cursor.handle(key) { return [] }
            if keyMap.back.matches(key) { return [.back] }
            if keyMap.rewriteSame.matches(key) {
                plan?.rewritesSame.toggle()
                if let plan {
                    for item in plan.items where item.action.kind == .same {
                        states[item.project.id] = plan.writes(item) ? .waiting : nil
                    }
                }
                return []
            }
            if keyMap.confirm.matches(key) {
                guard let plan, plan.isConfirmed(by: confirmation.value) else {
                    banner = Banner(.warning, tr("apply.confirm.needed", plan?.confirmationCount ?? 0),
                                    detail: tr("apply.confirm.needed.detail"))
                    return []
                }
                banner = nil
                return [.runApply]
            }
            _ = confirmation.update(event)
            return []
        case .running:
            if keyMap.stop.matches(event), !stopping {
                stopping = true
                return [.stopApply]
            }
            return []
        case .finished(_, let summary):
            guard case .key(let key) = event else { return [] }
            if cursor.handle(key) { return [] }
            if keyMap.retry.matches(key), !(summary.failed.isEmpty && summary.unknown.isEmpty) { return [.retryApply] }
            if keyMap.back.matches(key) { return [.back] }
            if context.global.quit.matches(key) { return [.quit(confirm: false)] }
            return []
        }
    }

    // MARK: - Drawing

    static func describe(_ action: ApplyPlan.Action) -> String {
        switch action {
        case .create: return tr("apply.action.create")
        case .update(let differences):
            let changed = differences.map { difference -> String in
                let shown = difference.shown.map(Self.text) ?? tr("apply.value.none")
                return "\(difference.label) \(shown) → \(Self.text(difference.planned))"
            }
            return tr("apply.action.update", changed.joined(separator: tr("apply.list.separator")))
        case .sameAsFarAsAtlasShows: return tr("apply.action.same")
        case .cannot(let refusal): return tr("apply.action.cannot", refusal.message)
        }
    }

    static func text(_ expected: WriteReadBack.Expected) -> String {
        switch expected {
        case .text(let value): value
        case .bool(let value): tr(value ? "apply.value.on" : "apply.value.off")
        case .maskedTail(let tail): "…" + tail
        }
    }

    static func describe(_ state: ApplyProjectState?) -> (String, StyleRole) {
        switch state {
        case nil: ("", .dim)
        case .waiting?: (tr("apply.state.waiting"), .dim)
        case .checking?: (tr("apply.state.checking"), .warning)
        case .sending(let method)?: (tr("apply.state.sending", method), .warning)
        case .applied?: (tr("apply.state.done"), .success)
        case .failed(let line)?: (tr("apply.state.failed", line), .error)
        case .unknown(let line)?: (tr("apply.state.unknown", line), .error)
        case .notStarted?: (tr("apply.state.notstarted"), .dim)
        }
    }

    func headline(_ glyphs: Glyphs) -> String {
        let name = type.displayName
        switch phase {
        case .reading:
            return tr("apply.head.reading", projects.count)
        case .planned:
            guard let plan else { return "" }
            let counts = plan.counts
            let parts = [("apply.count.create", counts[.create] ?? 0), ("apply.count.update", counts[.update] ?? 0),
                         ("apply.count.same", counts[.same] ?? 0), ("apply.count.cannot", counts[.cannot] ?? 0)]
                .map { tr($0.0, $0.1) }.joined(separator: " \(glyphs.separator) ")
            return tr("apply.head.plan", name, projects.count, parts)
        case .running, .finished:
            let values = Array(states.values)
            let done = values.filter { $0 == .applied }.count
            let failed = values.filter { if case .failed = $0 { true } else if case .unknown = $0 { true } else { false } }.count
            let total = values.count
            let key = isRunning ? (stopping ? "apply.head.stopping" : "apply.head.applying") : "apply.head.applied"
            return tr(key, name, done, total, glyphs.separator, failed)
        }
    }

    /// "elapsed 1:05 · about 0:40 left", from the settled share so far.
    func timing(now: Date) -> String? {
        guard let startedAt else { return nil }
        let elapsed = max(now.timeIntervalSince(startedAt), 0)
        let values = Array(states.values)
        let settled = values.filter {
            switch $0 {
            case .applied, .failed, .unknown, .notStarted: true
            default: false
            }
        }.count
        var text = tr("apply.elapsed", Self.clock(elapsed))
        if isRunning, settled > 0, settled < values.count {
            text += " · " + tr("apply.left", Self.clock(elapsed / Double(settled) * Double(values.count - settled)))
        }
        return text
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return "\(whole / 60):" + String(format: "%02d", whole % 60)
    }

    func body(width: Int, height: Int, _ context: ScreenContext) -> ScreenBody {
        let glyphs = context.glyphs
        var lines: [Line] = [Line(" " + headline(glyphs), .title).fitted(to: width, ellipsis: glyphs.ellipsis)]
        var cursorPosition: FieldView.Cursor?
        switch phase {
        case .planned:
            let count = plan?.confirmationCount ?? 0
            var prompt = Line(trPlural("apply.confirm.prompt", count), .label)
            let field = confirmation.view(width: 10, context: context.render)
            if let fieldCursor = field.cursor { cursorPosition = .init(row: 1, column: prompt.width + fieldCursor.column) }
            prompt.append(field.lines.first ?? Line())
            lines.append(prompt.fitted(to: width))
        case .running:
            var text = waitingUntil ?? progressBar(width: width - 2, glyphs: glyphs)
            if let timing = timing(now: context.now) { text += "  " + timing }
            lines.append(Line(" " + text, .warning).fitted(to: width))
        case .finished(_, let summary):
            let text = summary.halt.map { tr("apply.result.halted", Sanitizer.sanitize($0, maxCharacters: 200)) }
                ?? (summary.stopped ? tr("apply.result.stopped", summary.pending.count)
                    : (summary.failed.isEmpty && summary.unknown.isEmpty ? tr("apply.result.done") : tr("apply.result.retry")))
            lines.append(Line(" " + text, summary.failed.isEmpty && summary.unknown.isEmpty ? .success : .warning).fitted(to: width))
        case .reading:
            lines.append(Line(" \(context.spinner) " + tr("apply.reading"), .warning).fitted(to: width))
        }
        if let banner { lines += banner.view(width: width, glyphs: glyphs, maxLines: 3) }
        lines.append(Line())
        let items = plan?.items ?? projects.map { ApplyPlan.Item(project: $0, action: .create) }
        let room = max(height - lines.count, 1)
        let top = max(0, min(cursor.selected - room + 1, items.count - room))
        for (offset, item) in items.dropFirst(max(top, 0)).prefix(room).enumerated() {
            let index = max(top, 0) + offset
            let marker = index == cursor.selected ? glyphs.pointer : " "
            var line = Line("\(marker) " + TextFitting.truncate(Sanitizer.sanitize(item.project.name, maxCharacters: 64), to: 28, ellipsis: glyphs.ellipsis), .normal)
            line = line.fitted(to: 31)
            let (state, role) = Self.describe(states[item.project.id])
            if plan != nil {
                line.append(Self.describe(item.action) + "  ", plan?.writes(item) == true ? .normal : .dim)
            }
            line.append(state, role)
            lines.append(line.fitted(to: width, ellipsis: glyphs.ellipsis))
        }
        return ScreenBody(lines: lines, cursor: phase == .planned ? cursorPosition : nil)
    }

    func progressBar(width: Int, glyphs: Glyphs) -> String {
        let values = Array(states.values)
        let total = max(values.count, 1)
        let settled = values.filter {
            switch $0 {
            case .applied, .failed, .unknown, .notStarted: true
            default: false
            }
        }.count
        let barWidth = max(min(width - 20, 40), 10)
        let filled = barWidth * settled / total
        let bar = String(repeating: glyphs.isASCII ? "#" : "█", count: filled)
            + String(repeating: glyphs.isASCII ? "." : "░", count: barWidth - filled)
        return "\(bar) \(settled)/\(values.count)"
    }
}
