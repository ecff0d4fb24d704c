import AtlasAdmin
import Foundation

/// The saves and deletes of this session in a box, newest last, each with
/// its time, type, project and how it ended. Written to the audit log too;
/// this is the operator's view of what they did, without leaving the TUI.
public struct SessionWritesOverlay: Sendable, Hashable {
    public var writes: [SessionWrite]
    public private(set) var scroll = 0
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var scroll = KeyBinding([.up, .down], help: tr("overlays.key.scroll"), display: [.up, .down])
        public var close = KeyBinding([.escape, .enter, .character("q"), .function(3)], help: tr("overlays.key.close"), display: [.escape])
        public init() {}
    }

    public init(writes: [SessionWrite]) {
        self.writes = writes
    }

    public func bindings() -> [KeyBinding] { [keyMap.scroll, keyMap.close] }

    /// true: closed.
    public mutating func update(_ key: Key) -> Bool {
        if keyMap.close.matches(key) { return true }
        if key == .down { scroll = min(scroll + 1, max(writes.count - 1, 0)) }
        if key == .up { scroll = max(scroll - 1, 0) }
        return false
    }

    static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }

    public func view(width: Int, height: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 4, 40), 100)
        let inner = boxWidth - 4
        var text: [Line] = []
        if writes.isEmpty {
            text.append(Line(tr("overlays.writes.empty"), .dialogDim))
        }
        for write in writes {
            let (outcome, role): (String, StyleRole) = switch write.outcome {
            case .applied(let words): (words, .dialog)
            case .failed(let words): (words, .dialogTitle)
            case .unknown(let words): (words, .dialogTitle)
            }
            // The outcome before the project, so a narrow box cuts the name.
            var line = Line("\(Self.clock(write.time))  \(write.action.shown)  \(write.type.displayName)  ", .dialog)
            line.append(outcome, role)
            line.append("  " + tr("overlays.writes.project", Sanitizer.sanitize(write.projectName, maxCharacters: 64)), .dialogDim)
            text.append(line.fitted(to: inner, ellipsis: glyphs.ellipsis))
        }
        let room = max(height - 6, 3)
        let top = min(scroll, max(text.count - room, 0))
        var content = Array(text.dropFirst(top).prefix(room))
        content.append(Line())
        content.append(Line(tr("overlays.writes.audit"), .dialogDim).fitted(to: inner))
        return Box.lines(title: tr("overlays.writes.title", writes.count), content: content, width: boxWidth, glyphs: glyphs)
    }
}
