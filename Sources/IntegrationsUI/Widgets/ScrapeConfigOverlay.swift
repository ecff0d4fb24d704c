import AtlasAdmin
import Foundation

/// A Prometheus integration's scrape configuration in a box, as Atlas's
/// documentation gives it, with `w` writing it to a file. The password is
/// in it only when it was typed in this session (Atlas never returns it),
/// and on screen only while revealed.
public struct ScrapeConfigOverlay: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case pending
        case closed
        /// Write the file (with the password, if one was typed).
        case write(ExportFile, directory: String)
    }

    public var project: ExportedProject
    public var baseURL: URL
    public var password: SecretValue?
    /// A first line above the configuration: what was just saved.
    public var note: String?
    public private(set) var revealed = false
    public private(set) var scroll = 0
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var write = KeyBinding([.character("w")], help: tr("overlays.scrape.key.write"))
        public var reveal = KeyBinding([.character("v")], help: tr("overlays.scrape.key.show"))
        public var scroll = KeyBinding([.up, .down], help: tr("overlays.key.scroll"), display: [.up, .down])
        public var close = KeyBinding([.escape, .character("q")], help: tr("overlays.key.close"), display: [.escape])
        public init() {}
    }

    public init(project: ExportedProject, baseURL: URL, password: SecretValue?) {
        self.project = project
        self.baseURL = baseURL
        self.password = password
    }

    /// The configuration as written to the file, or why there is none.
    public var file: Result<String, PrometheusScrapeConfig.Refusal> {
        PrometheusScrapeConfig.render(project: project, baseURL: baseURL, password: password?.clearText)
    }

    public var fileName: String { "prometheus-\(project.fileStem).yml" }
    public var directory: String { "atlas-integrations-\(project.fileStem)-prometheus" }

    public func bindings() -> [KeyBinding] {
        let canWrite = (try? file.get()) != nil
        var bindings = [keyMap.write.enabled(canWrite, reason: tr("overlays.scrape.key.nothing"))]
        if password != nil { bindings.append(keyMap.reveal.withHelp(tr(revealed ? "overlays.scrape.key.hide" : "overlays.scrape.key.show"))) }
        return bindings + [keyMap.scroll, keyMap.close]
    }

    public mutating func update(_ key: Key) -> Outcome {
        if keyMap.close.matches(key) { return .closed }
        if keyMap.write.matches(key), case .success(let text) = file {
            return .write(ExportFile(path: fileName, contents: text), directory: directory)
        }
        if keyMap.reveal.matches(key), password != nil { revealed.toggle() }
        if key == .down { scroll += 1 }
        if key == .up { scroll = max(scroll - 1, 0) }
        return .pending
    }

    /// What the box shows: the file's text, the password hidden unless revealed.
    var shownText: String {
        let shownPassword: String? = password.map { revealed ? $0.clearText : String(repeating: "•", count: 8) }
        switch PrometheusScrapeConfig.render(project: project, baseURL: baseURL, password: shownPassword) {
        case .success(let text): return text
        case .failure(let refusal): return Self.text(of: refusal)
        }
    }

    /// Why there is no configuration, in the operator's language.
    static func text(of refusal: PrometheusScrapeConfig.Refusal) -> String {
        switch refusal {
        case .government: tr("overlays.scrape.government")
        case .notConfigured: tr("overlays.scrape.notconfigured")
        }
    }

    public func view(width: Int, height: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 4, 40), 96)
        let inner = boxWidth - 4
        var text: [Line] = []
        if let note {
            for wrapped in WordWrap.lines(note, width: inner) { text.append(Line(wrapped, .dialogTitle)) }
        }
        for raw in shownText.split(separator: "\n", omittingEmptySubsequences: false) where !raw.isEmpty {
            let line = Sanitizer.sanitize(String(raw), maxCharacters: 400)
            let role: StyleRole = line.hasPrefix("#") ? .dialogDim : .dialog
            // YAML's meaning is in its indentation: each wrapped piece keeps it.
            let indent = String(line.prefix { $0 == " " })
            for wrapped in WordWrap.lines(String(line.dropFirst(indent.count)), width: max(inner - indent.count, 10)) {
                text.append(Line(indent + wrapped, role))
            }
        }
        let room = max(height - 6, 3)
        let top = min(scroll, max(text.count - room, 0))
        var content = Array(text.dropFirst(top).prefix(room))
        content.append(Line())
        let hint = password == nil
            ? tr("overlays.scrape.write", "./\(directory)/\(fileName)")
            : tr("overlays.scrape.write.password", "./\(directory)/\(fileName)")
        for wrapped in WordWrap.lines(hint, width: inner) { content.append(Line(wrapped, .dialogDim)) }
        return Box.lines(title: tr("overlays.scrape.title"), content: content, width: boxWidth, glyphs: glyphs)
    }
}
