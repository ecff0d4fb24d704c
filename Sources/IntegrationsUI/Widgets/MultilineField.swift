/// A small multi-line editor for Webhook body and header templates: arrows,
/// Enter for a new line, Home/End, PgUp/PgDn, scrolling, paste that keeps
/// line breaks, and Ctrl-E to edit the text in `$EDITOR` instead (the app
/// asks the terminal adapter to run it and puts the result back).
public struct MultilineField: FieldWidget {
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0
    /// First line shown.
    public private(set) var top = 0
    public var visibleRows: Int
    public var maxCharacters: Int
    public private(set) var isFocused = false
    public private(set) var notice: String?
    public var keyMap = KeyMap()

    public struct KeyMap: Sendable, Hashable {
        public var newline = KeyBinding([.enter], help: tr("form.multiline.newLine"), inFooter: false)
        public var editor = KeyBinding([.control("e")], help: tr("form.multiline.editor"))
        public var up = KeyBinding([.up], help: tr("form.multiline.lineUp"), inFooter: false)
        public var down = KeyBinding([.down], help: tr("form.multiline.lineDown"), inFooter: false)
        public var left = KeyBinding([.left], help: tr("form.multiline.left"), inFooter: false)
        public var right = KeyBinding([.right], help: tr("form.multiline.right"), inFooter: false)
        public var home = KeyBinding([.home, .control("a")], help: tr("form.multiline.home"), inFooter: false)
        public var end = KeyBinding([.end], help: tr("form.multiline.end"), inFooter: false)
        public var pageUp = KeyBinding([.pageUp], help: tr("form.multiline.pageUp"), inFooter: false)
        public var pageDown = KeyBinding([.pageDown], help: tr("form.multiline.pageDown"), inFooter: false)
        public var deleteBackward = KeyBinding([.backspace, .control("h")], help: tr("form.multiline.deleteBackward"), inFooter: false)
        public var deleteForward = KeyBinding([.delete, .control("d")], help: tr("form.multiline.deleteForward"), inFooter: false)
        public var deleteToEnd = KeyBinding([.control("k")], help: tr("form.multiline.deleteToEnd"), inFooter: false)
        public init() {}

        public var all: [KeyBinding] {
            [editor, newline, up, down, left, right, home, end, pageUp, pageDown, deleteBackward,
             deleteForward, deleteToEnd]
        }
    }

    public init(value: String = "", visibleRows: Int = 5, maxCharacters: Int = 65_536) {
        self.visibleRows = max(visibleRows, 1)
        self.maxCharacters = maxCharacters
        self.lines = [[]]
        setValue(value)
    }

    public var value: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }
    public var capturesText: Bool { true }
    private var characterCount: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    public mutating func setValue(_ value: String) {
        lines = Self.normalise(value).split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
        top = 0
        scrollToCursor()
    }

    public mutating func focus() { isFocused = true }
    public mutating func blur() {
        isFocused = false
        notice = nil
    }

    /// Text as it may enter the editor: CR LF and CR become LF, a tab four
    /// spaces, other control characters and bidi controls are dropped.
    static func normalise(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                result.append("\n")
                previousCR = true
                continue
            case 0x0A:
                if !previousCR { result.append("\n") }
            case 0x09:
                result.append(contentsOf: "    ".unicodeScalars)
            case 0..<0x20, 0x7F..<0xA0:
                break
            case _ where Sanitizer.isBidiControl(scalar.value):
                break
            default:
                result.append(scalar)
            }
            previousCR = false
        }
        return String(result)
    }

    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        guard isFocused else { return .ignored }
        switch event {
        case .resize: return .ignored
        case .paste(let text):
            notice = nil
            return insert(Self.normalise(text))
        case .key(let key):
            notice = nil
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> WidgetOutcome {
        if case .character(let character) = key { return insert(Self.normalise(String(character))) }
        let map = keyMap
        if map.editor.matches(key) { return .openEditor(value) }
        if map.newline.matches(key) { return insert("\n") }
        if map.up.matches(key) {
            // On the first line ↑ leaves the field, like in any other field.
            guard row > 0 else { return .previous }
            moveTo(row: row - 1, column: column)
        } else if map.down.matches(key) {
            guard row < lines.count - 1 else { return .next }
            moveTo(row: row + 1, column: column)
        } else if map.left.matches(key) {
            if column > 0 { column -= 1 } else if row > 0 { moveTo(row: row - 1, column: Int.max) }
        } else if map.right.matches(key) {
            if column < lines[row].count { column += 1 } else if row < lines.count - 1 { moveTo(row: row + 1, column: 0) }
        } else if map.home.matches(key) {
            column = 0
        } else if map.end.matches(key) {
            column = lines[row].count
        } else if map.pageUp.matches(key) {
            moveTo(row: row - visibleRows, column: column)
        } else if map.pageDown.matches(key) {
            moveTo(row: row + visibleRows, column: column)
        } else if map.deleteBackward.matches(key) {
            return deleteBackward()
        } else if map.deleteForward.matches(key) {
            return deleteForward()
        } else if map.deleteToEnd.matches(key) {
            guard column < lines[row].count else { return deleteForward() }
            lines[row].removeSubrange(column...)
            return .changed
        } else {
            return .ignored
        }
        scrollToCursor()
        return .handled
    }

    private mutating func moveTo(row newRow: Int, column newColumn: Int) {
        row = min(max(newRow, 0), lines.count - 1)
        column = min(max(newColumn, 0), lines[row].count)
        scrollToCursor()
    }

    private mutating func scrollToCursor() {
        if row < top { top = row }
        if row >= top + visibleRows { top = row - visibleRows + 1 }
        top = max(0, min(top, max(lines.count - visibleRows, 0)))
    }

    private mutating func insert(_ text: String) -> WidgetOutcome {
        var incoming = Array(text)
        let room = maxCharacters - characterCount
        if incoming.count > room {
            notice = tr("form.multiline.limit", String(maxCharacters), String(incoming.count - max(room, 0)))
            incoming = Array(incoming.prefix(max(room, 0)))
        }
        guard !incoming.isEmpty else { return .handled }
        let tail = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        for character in incoming {
            if character == "\n" {
                lines.insert([], at: row + 1)
                row += 1
                column = 0
            } else {
                lines[row].append(character)
                column += 1
            }
        }
        lines[row].append(contentsOf: tail)
        scrollToCursor()
        return .changed
    }

    private mutating func deleteBackward() -> WidgetOutcome {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            let current = lines.remove(at: row)
            row -= 1
            column = lines[row].count
            lines[row].append(contentsOf: current)
        } else {
            return .handled
        }
        scrollToCursor()
        return .changed
    }

    private mutating func deleteForward() -> WidgetOutcome {
        if column < lines[row].count {
            lines[row].remove(at: column)
        } else if row < lines.count - 1 {
            let next = lines.remove(at: row + 1)
            lines[row].append(contentsOf: next)
        } else {
            return .handled
        }
        return .changed
    }

    public func view(width: Int, context: RenderContext) -> FieldView {
        let glyphs = context.glyphs
        let role: StyleRole = isFocused ? .inputFocused : .input
        let gutter = 4
        let textWidth = max(width - gutter, 1)
        // One horizontal offset for all rows, set by the cursor's line.
        let cursorColumns = DisplayWidth.of(String(lines[row][..<column]))
        let offset = cursorColumns >= textWidth ? cursorColumns - textWidth + 1 : 0
        var rendered: [Line] = []
        var cursor: FieldView.Cursor?
        for index in top..<(top + visibleRows) {
            var line = Line()
            if index < lines.count {
                line.append(TextFitting.fitRight("\(index + 1)", to: gutter - 1) + " ", .dim)
                let text = Line(String(lines[index]), isFocused ? .inputText : .input).sliced(from: offset, columns: textWidth)
                line.append(text)
                if index == row && isFocused {
                    cursor = .init(row: rendered.count, column: gutter + cursorColumns - offset)
                }
            } else {
                line.append(TextFitting.fitRight("~", to: gutter - 1) + " ", .dim)
            }
            rendered.append(line.fitted(to: width, fill: index < lines.count ? role : .normal))
        }
        var status = Line()
        status.append(tr("form.multiline.position", String(row + 1), String(lines.count))
                      + " \(glyphs.separator) " + tr("form.multiline.bytes", String(value.utf8.count)), .dim)
        if lines.count > visibleRows {
            status.append(" \(glyphs.separator) \(glyphs.arrowUp)\(glyphs.arrowDown) " + tr("form.multiline.scroll"), .dim)
        }
        rendered.append(status.fitted(to: width, ellipsis: glyphs.ellipsis))
        if let notice {
            rendered.append(Line(TextFitting.truncate(notice, to: width, ellipsis: glyphs.ellipsis), .warning))
        }
        return FieldView(lines: rendered, cursor: cursor)
    }

    public var bindings: [KeyBinding] { keyMap.all }
}
