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
    var confirmation = TextInput("", maxLength: 8, placeholder: "number of writes")
    var banner: Banner?
    /// Whether Esc asked the run to stop (running writes still finish).
    var stopping = false
    var waitingUntil: String?
    /// When the run started, on the core's clock, for elapsed and remaining time.
    var startedAt: Date?
    private(set) var cursor = ListCursor(count: 0)
    var keyMap = KeyMap()

    struct KeyMap: Sendable, Equatable {
        var confirm = KeyBinding([.enter], help: "apply (type the number first)")
        var rewriteSame = KeyBinding([.control("a")], help: "write the same ones too")
        var stop = KeyBinding([.escape], help: "stop starting writes", essential: true)
        var back = KeyBinding([.escape], help: "back", essential: true)
        var retry = KeyBinding([.character("r")], help: "retry failed")
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
            if item.outcome == .failed { states[item.project.id] = .failed("before this resume") }
        }
        cursor.setCount(plan.items.count)
    }

    mutating func update(_ update: ApplyUpdate) {
        switch update {
        case .project(let project, let state):
            states[project.id] = state
            waitingUntil = nil
        case .rateLimited(let duration):
            waitingUntil = "Atlas asked to wait \(Int(duration / .seconds(1))) s (429): nothing starts meanwhile"
        case .halted(let reason):
            banner = Banner(.error, "The apply stopped.", detail: Sanitizer.sanitize(reason, maxCharacters: 300),
                            hint: "What was not written stays planned; nothing was sent twice.")
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
            return [keyMap.confirm.withHelp(count == 0 ? "nothing to write" : "apply \(count) (type \(count) first)")
                        .enabled(count > 0, reason: "nothing to write"),
                    keyMap.rewriteSame.withHelp(plan?.rewritesSame == true ? "skip the same ones" : "write the same ones too"),
                    keyMap.back, cursor.keyMap.up, context.global.forceQuitHint]
        case .running: return [keyMap.stop.withHelp(stopping ? "stopping…" : "stop starting writes"), context.global.forceQuitHint]
        case .finished(_, let summary):
            return [keyMap.retry.enabled(!(summary.failed.isEmpty && summary.unknown.isEmpty), reason: "nothing failed"),
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
                    banner = Banner(.warning, "Type \(plan?.confirmationCount ?? 0), the number of writes, then Enter.",
                                    detail: "Nothing is sent before that.")
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
        case .create: return "create"
        case .update(let differences):
            let changed = differences.map { difference -> String in
                let shown = difference.shown.map(Self.text) ?? "none"
                return "\(difference.label) \(shown) → \(Self.text(difference.planned))"
            }
            return "update: " + changed.joined(separator: ", ")
        case .sameAsFarAsAtlasShows: return "same as far as Atlas shows"
        case .cannot(let refusal): return "cannot: " + refusal.message
        }
    }

    static func text(_ expected: WriteReadBack.Expected) -> String {
        switch expected {
        case .text(let value): value
        case .bool(let value): value ? "on" : "off"
        case .maskedTail(let tail): "…" + tail
        }
    }

    static func describe(_ state: ApplyProjectState?) -> (String, StyleRole) {
        switch state {
        case nil: ("", .dim)
        case .waiting?: ("waiting", .dim)
        case .checking?: ("reading back", .warning)
        case .sending(let method)?: ("sending (\(method))", .warning)
        case .applied?: ("done", .success)
        case .failed(let line)?: ("failed: " + line, .error)
        case .unknown(let line)?: ("unknown: " + line, .error)
        case .notStarted?: ("not started (stopped)", .dim)
        }
    }

    func headline(_ glyphs: Glyphs) -> String {
        let name = type.displayName
        switch phase {
        case .reading:
            return "Reading \(NumberText.grouped(projects.count)) projects' integrations for the plan… (nothing is sent yet)"
        case .planned:
            guard let plan else { return "" }
            let counts = plan.counts
            let parts = [("create", counts[.create] ?? 0), ("update", counts[.update] ?? 0),
                         ("same", counts[.same] ?? 0), ("cannot", counts[.cannot] ?? 0)]
                .map { "\($0.1) \($0.0)" }.joined(separator: " \(glyphs.separator) ")
            return "Plan for \(name) on \(NumberText.grouped(projects.count)) projects: \(parts)"
        case .running, .finished:
            let values = Array(states.values)
            let done = values.filter { $0 == .applied }.count
            let failed = values.filter { if case .failed = $0 { true } else if case .unknown = $0 { true } else { false } }.count
            let total = values.count
            let verb = isRunning ? (stopping ? "Stopping" : "Applying") : "Applied"
            return "\(verb) \(name): \(done)/\(total) done \(glyphs.separator) \(failed) failed"
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
        var text = "elapsed \(Self.clock(elapsed))"
        if isRunning, settled > 0, settled < values.count {
            text += " · about \(Self.clock(elapsed / Double(settled) * Double(values.count - settled))) left"
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
            var prompt = Line(" Type \(count) and Enter to send \(count) write\(count == 1 ? "" : "s"): ", .label)
            let field = confirmation.view(width: 10, context: context.render)
            if let fieldCursor = field.cursor { cursorPosition = .init(row: 1, column: prompt.width + fieldCursor.column) }
            prompt.append(field.lines.first ?? Line())
            lines.append(prompt.fitted(to: width))
        case .running:
            var text = waitingUntil ?? progressBar(width: width - 2, glyphs: glyphs)
            if let timing = timing(now: context.now) { text += "  " + timing }
            lines.append(Line(" " + text, .warning).fitted(to: width))
        case .finished(_, let summary):
            let text = summary.halt.map { "Stopped: " + Sanitizer.sanitize($0, maxCharacters: 200) }
                ?? (summary.stopped ? "Stopped by Esc: \(summary.pending.count) not started, still planned."
                    : (summary.failed.isEmpty && summary.unknown.isEmpty ? "Every write is done." : "r retries the failed ones (each read first)."))
            lines.append(Line(" " + text, summary.failed.isEmpty && summary.unknown.isEmpty ? .success : .warning).fitted(to: width))
        case .reading:
            lines.append(Line(" \(context.spinner) reading…", .warning).fitted(to: width))
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
