/// A yes/no question in a box (delete, discard input, quit).
///
/// Cancel has focus first, so a stray Enter never deletes anything; `y`
/// confirms and `n` or Esc cancels from either button.
public struct ConfirmDialog: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case confirmed
        case cancelled
        case pending
    }

    public var title: String
    public var message: String
    public var confirmLabel: String
    public var cancelLabel: String
    /// Lines under the message, each wrapped on its own (what a delete
    /// would silence, while it is being found out and once it is known).
    public var notes: [Note] = []
    public private(set) var confirmFocused = false
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var confirm = KeyBinding([.character("y"), .character("Y")], help: tr("common.dialog.key.yes"))
        public var cancel = KeyBinding([.character("n"), .character("N"), .escape], help: tr("common.dialog.key.no"), display: [.character("n"), .escape])
        public var switchButton = KeyBinding([.left, .right, .tab, .backTab], help: tr("common.dialog.key.switch"), display: [.left, .right])
        public var activate = KeyBinding([.enter], help: tr("common.dialog.key.press"))
        public init() {}
        public var all: [KeyBinding] { [confirm, cancel, switchButton, activate] }
    }

    public init(title: String, message: String, confirmLabel: String? = nil, cancelLabel: String? = nil) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel ?? tr("common.dialog.yes")
        self.cancelLabel = cancelLabel ?? tr("common.dialog.cancel")
    }

    /// A line under the message and how it is drawn.
    public struct Note: Sendable, Hashable {
        public var text: String
        public var role: StyleRole
        public init(_ text: String, _ role: StyleRole = .dialog) {
            self.text = text
            self.role = role
        }
    }

    public mutating func update(_ key: Key) -> Outcome {
        if keyMap.confirm.matches(key) { return .confirmed }
        if keyMap.cancel.matches(key) { return .cancelled }
        if keyMap.switchButton.matches(key) {
            confirmFocused.toggle()
            return .pending
        }
        if keyMap.activate.matches(key) { return confirmFocused ? .confirmed : .cancelled }
        return .pending
    }

    public func view(width: Int, glyphs: Glyphs) -> [Line] {
        let boxWidth = min(max(width - 8, 30), 64)
        var content: [Line] = [Line()]
        for wrapped in WordWrap.lines(message, width: boxWidth - 4) { content.append(Line(wrapped, .dialog)) }
        if !notes.isEmpty { content.append(Line()) }
        for note in notes {
            for wrapped in WordWrap.lines(note.text, width: boxWidth - 4) { content.append(Line(wrapped, note.role)) }
        }
        content.append(Line())
        var buttons = Line()
        let confirm = "[ \(confirmLabel) (y) ]"
        let cancel = "[ \(cancelLabel) (n) ]"
        let gap = max(boxWidth - 4 - DisplayWidth.of(confirm) - DisplayWidth.of(cancel), 2)
        buttons.append(String(repeating: " ", count: gap / 2), .dialog)
        buttons.append(confirm, confirmFocused ? .selection : .dialog)
        buttons.append("  ", .dialog)
        buttons.append(cancel, confirmFocused ? .dialog : .selection)
        content.append(buttons)
        return Box.lines(title: title, content: content, width: boxWidth, glyphs: glyphs)
    }
}
