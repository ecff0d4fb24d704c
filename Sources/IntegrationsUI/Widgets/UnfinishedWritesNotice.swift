import AtlasAdmin

/// The box shown over the first screen when an earlier session ended with
/// a save or delete still unanswered: which ones, that each may or may not
/// have reached Atlas, and what to check. It stays until dismissed, and
/// only then is the journal cleared, so quitting first keeps the reminder.
public struct UnfinishedWritesNotice: Sendable, Hashable {
    public var writes: [InFlightWrite]
    /// What reading each write back found, by its index in `writes`.
    public var findings: [Int: Finding] = [:]
    /// Journal records that could not be read, one sentence each.
    public var problems: [String]
    public var dismissBinding = KeyBinding([.enter, .escape], help: tr("overlays.unfinished.key.dismiss"), display: [.enter])

    /// What reading one write back at start found.
    public enum Finding: Sendable, Hashable {
        case checking
        case applied
        case notApplied
        /// It could not be told: why, in one sentence.
        case unknown(String)

        var text: String {
            switch self {
            case .checking: tr("overlays.unfinished.checking")
            case .applied: tr("overlays.unfinished.applied")
            case .notApplied: tr("overlays.unfinished.notapplied")
            case .unknown(let why): tr("overlays.unfinished.unknown", why)
            }
        }
    }

    /// Whether every write's outcome is now known.
    var allKnown: Bool {
        writes.indices.allSatisfy { index in
            switch findings[index] {
            case .applied?, .notApplied?: true
            default: false
            }
        }
    }

    public init(writes: [InFlightWrite], problems: [String]) {
        self.writes = writes
        self.problems = problems
    }

    /// True when the key dismisses the notice.
    public func update(_ key: Key) -> Bool {
        dismissBinding.matches(key)
    }

    /// The journal's action (`save`, `delete`) as the notice names it.
    static func action(_ action: String) -> String {
        switch action {
        case "save": tr("overlays.writes.action.save")
        case "delete": tr("overlays.writes.action.delete")
        default: action
        }
    }

    /// The sentences of the notice, unwrapped. Everything read from the
    /// journal file is sanitized: the file is outside data like any other.
    var paragraphs: [String] {
        let count = writes.count
        var result: [String] = []
        if count > 0 {
            result.append(trPlural("overlays.unfinished.intro", count))
            for (index, write) in writes.enumerated() {
                let project = Sanitizer.sanitize(write.projectName ?? write.projectID, maxCharacters: 80)
                let id = Sanitizer.sanitize(write.projectID, maxCharacters: 40)
                let type = Sanitizer.sanitize(write.type.displayName, maxCharacters: 40)
                let target = Sanitizer.sanitize(write.target, maxCharacters: 120)
                let finding = findings[index].map { ": " + $0.text } ?? ""
                result.append("• " + tr("overlays.unfinished.write", type, Self.action(write.action), write.method.rawValue,
                                        project, id, write.startedAtText, target) + finding)
            }
            result.append(allKnown
                ? tr("overlays.unfinished.settled")
                : tr("overlays.unfinished.check"))
        }
        for problem in problems {
            result.append(Sanitizer.sanitize(problem, maxCharacters: 400))
        }
        return result
    }

    /// The notice as a box at most `width` × `height`; a long list ends
    /// with how many more there are.
    public func view(width: Int, height: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 6, 30), 76)
        var content: [Line] = []
        for paragraph in paragraphs {
            let indent = paragraph.hasPrefix("•") ? "  " : ""
            let wrapped = WordWrap.lines(paragraph, width: boxWidth - 4 - indent.count)
            for (index, line) in wrapped.enumerated() {
                content.append(Line((index == 0 ? "" : indent) + line, paragraph.hasPrefix("•") ? .warning : .dialog))
            }
        }
        let room = max(height - 4, 3)
        if content.count > room {
            let hidden = content.count - (room - 1)
            content = Array(content.prefix(room - 1))
            content.append(Line("\(glyphs.ellipsis) " + tr("overlays.unfinished.more", hidden), .dim))
        }
        content.append(Line())
        content.append(Line(tr("overlays.unfinished.dismiss"), .dim))
        let title = writes.isEmpty ? tr("overlays.unfinished.title.unsure") : trPlural("overlays.unfinished.title", writes.count)
        return Box.lines(title: title, content: content, width: boxWidth, glyphs: glyphs)
    }
}
