import AtlasAdmin

/// Asks which tool to export for, one key per format, and says before the
/// choice what each would hold and leave out, and where the files go.
public struct ExportDialog: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case chosen(ExportFormat)
        case cancelled
        case pending
    }

    /// "Export “qa-automation”" or "Export 3 projects".
    public var title: String
    /// What is exported, as read.
    public var projects: [ExportedProject]
    /// The directory name the files go under (the working directory's).
    public var directoryStem: String
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var terraform = KeyBinding([.character("t")], help: "Terraform")
        public var kubernetes = KeyBinding([.character("k")], help: "Kubernetes")
        public var atlasAPI = KeyBinding([.character("a")], help: "atlas api")
        public var cancel = KeyBinding([.escape, .character("n")], help: "cancel", display: [.escape])
        public init() {}
        public var all: [KeyBinding] { [terraform, kubernetes, atlasAPI, cancel] }

        func format(for key: Key) -> ExportFormat? {
            if terraform.matches(key) { return .terraform }
            if kubernetes.matches(key) { return .kubernetes }
            if atlasAPI.matches(key) { return .atlasAPI }
            return nil
        }
    }

    public init(title: String, projects: [ExportedProject], directoryStem: String) {
        self.title = title
        self.projects = projects
        self.directoryStem = directoryStem
    }

    /// `atlas-integrations-<stem>-terraform`.
    public func directory(for format: ExportFormat) -> String { "atlas-integrations-\(directoryStem)-\(format.rawValue)" }

    public func update(_ key: Key) -> Outcome {
        if let format = keyMap.format(for: key) { return .chosen(format) }
        if keyMap.cancel.matches(key) { return .cancelled }
        return .pending
    }

    public func view(width: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 8, 40), 76)
        let inner = boxWidth - 4
        var content: [Line] = [Line()]
        for format in ExportFormat.allCases {
            let binding = keyMap.all[ExportFormat.allCases.firstIndex(of: format) ?? 0]
            let key = binding.keys.first.map { KeyLabel.name($0, glyphs) } ?? ""
            let counts = IntegrationExport.counts(for: projects, format: format)
            var line = Line(" \(key) ", .dialogKey)
            line.append(" \(format.title)", .dialog)
            line.append(" \(glyphs.separator) \(counts.exported) integration\(counts.exported == 1 ? "" : "s")", .dialog)
            if counts.leftOut > 0 { line.append(", \(counts.leftOut) it cannot express", .dialogDim) }
            content.append(line.fitted(to: inner, ellipsis: glyphs.ellipsis))
        }
        content.append(Line())
        let note = "Files go to ./atlas-integrations-\(directoryStem)-<format>, readable by you only. "
            + "No secret and no masked value is written: they become variables or REPLACE-ME placeholders."
        for wrapped in WordWrap.lines(note, width: inner) { content.append(Line(wrapped, .dialog)) }
        return Box.lines(title: title, content: content, width: boxWidth, glyphs: glyphs)
    }
}
