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
        public var resume = KeyBinding([.character("r")], help: "resume")
        public var forget = KeyBinding([.character("d")], help: "forget it")
        public var later = KeyBinding([.escape, .enter], help: "later", display: [.escape])
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
            add("An apply of \(IntegrationCatalog.entry(for: checkpoint.type).displayName) to \(NumberText.grouped(total)) projects was cut off before it ended:")
            add("\(NumberText.grouped(applied)) done, \(NumberText.grouped(left)) unfinished (not sent, or sent without an answer).", .dialogTitle)
            add("r resumes: type the settings again (the secret must end as before); every unfinished project is read first, and only those that need it are written.", .dialogDim)
        }
        for problem in problems { add(problem, .dialogDim) }
        return Box.lines(title: checkpoint == nil ? "Apply checkpoints" : "Unfinished apply", content: content,
                         width: boxWidth, glyphs: glyphs)
    }
}
