import AtlasAdmin

/// At start: an apply an earlier session left unfinished (the program was
/// killed, the SSH session dropped). `r` resumes it (the secret is typed
/// again; every unfinished project is read before anything is written),
/// `d` forgets it, Esc leaves it for later. Checkpoints that cannot be
/// resumed here are named with the reason.
public struct ResumeApplyNotice: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case pending
        case later
        case resume(ApplyCheckpoint)
        case forget(ApplyCheckpoint)
    }

    public var checkpoint: ApplyCheckpoint?
    public var problems: [String]
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var resume = KeyBinding([.character("r")], help: tr("apply.resume.key.resume"))
        public var forget = KeyBinding([.character("d")], help: tr("apply.resume.key.forget"))
        public var later = KeyBinding([.escape, .enter], help: tr("apply.resume.key.later"), display: [.escape])
        public init() {}
    }

    public init(checkpoint: ApplyCheckpoint?, problems: [String]) {
        self.checkpoint = checkpoint
        self.problems = problems
    }

    public func bindings() -> [KeyBinding] {
        checkpoint == nil ? [keyMap.later] : [keyMap.resume, keyMap.forget, keyMap.later]
    }

    public mutating func update(_ key: Key) -> Outcome {
        if keyMap.later.matches(key) { return .later }
        if let checkpoint, keyMap.resume.matches(key) { return .resume(checkpoint) }
        if let checkpoint, keyMap.forget.matches(key) { return .forget(checkpoint) }
        return .pending
    }

    public func view(width: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 8, 40), 80)
        let inner = boxWidth - 4
        var content: [Line] = []
        func add(_ text: String, _ role: StyleRole = .dialog) {
            for wrapped in WordWrap.lines(Sanitizer.sanitize(text, maxCharacters: 600), width: inner) {
                content.append(Line(wrapped, role))
            }
        }
        if let checkpoint {
            let total = checkpoint.projects.count
            let applied = checkpoint.projects.filter { $0.outcome == .applied }.count
            let left = checkpoint.unfinished.count
            add(tr("apply.resume.cutoff", IntegrationCatalog.entry(for: checkpoint.type).displayName, total))
            add(tr("apply.resume.counts", applied, left), .dialogTitle)
            add(tr("apply.resume.how"), .dialogDim)
        }
        for problem in problems { add(problem, .dialogDim) }
        return Box.lines(title: tr(checkpoint == nil ? "apply.resume.title.problems" : "apply.resume.title"), content: content,
                         width: boxWidth, glyphs: glyphs)
    }
}
