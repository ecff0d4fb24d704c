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
        public var cancel = KeyBinding([.escape, .character("n")], help: tr("overlays.key.cancel"), display: [.escape])
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

    /// The format as the operator reads it: the tool's name.
    static func title(of format: ExportFormat) -> String {
        switch format {
        case .terraform: tr("overlays.export.format.terraform")
        case .kubernetes: tr("overlays.export.format.kubernetes")
        case .atlasAPI: tr("overlays.export.format.atlasapi")
        }
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
            line.append(" \(Self.title(of: format))", .dialog)
            line.append(" \(glyphs.separator) " + trPlural("overlays.export.integrations", counts.exported), .dialog)
            if counts.leftOut > 0 { line.append(tr("overlays.export.leftout", counts.leftOut), .dialogDim) }
            content.append(line.fitted(to: inner, ellipsis: glyphs.ellipsis))
        }
        content.append(Line())
        let note = tr("overlays.export.note", directoryStem)
        for wrapped in WordWrap.lines(note, width: inner) { content.append(Line(wrapped, .dialog)) }
        return Box.lines(title: title, content: content, width: boxWidth, glyphs: glyphs)
    }
}
