/// A one-line text input: cursor, readline keys, wide characters, paste.
///
/// The value is kept as grapheme clusters so the cursor never lands inside
/// an accented letter or an emoji. Pasted text goes in exactly as pasted,
/// minus control characters and the line breaks around it (a key copied
/// with its trailing newline arrives without it). A paste of several lines
/// is never joined into one (`…/hook` + `rm -rf /` would become
/// `…/hookrm -rf /`): its first line goes in and `notice` says the rest was
/// dropped. Input past `maxLength` is refused and `notice` says so, rather
/// than silently dropping the end of a key.
public struct TextInput: Sendable, Hashable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public var maxLength: Int
    public var placeholder: String
    public private(set) var isFocused = false
    /// Why the last input was shortened, shown under the field until the next key.
    public private(set) var notice: String?
    public var keyMap = TextInputKeyMap()
    /// When set (a secret), word moves and word deletes act on the whole
    /// value so the mask does not reveal where the words break.
    public var treatsValueAsOneWord = false

    public init(_ value: String = "", maxLength: Int = 4_096, placeholder: String = "") {
        self.characters = Array(value)
        self.cursor = characters.count
        self.maxLength = maxLength
        self.placeholder = placeholder
    }

    public var value: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func setValue(_ value: String) {
        characters = Array(value.prefix(maxLength))
        cursor = characters.count
        notice = nil
    }

    public mutating func focus() { isFocused = true }
    public mutating func blur() {
        isFocused = false
        notice = nil
    }

    /// Handles an editing key or a paste; navigation keys come back `.ignored`.
    public mutating func update(_ event: InputEvent) -> WidgetOutcome {
        guard isFocused else { return .ignored }
        switch event {
        case .paste(let text):
            notice = nil
            let (first, dropped) = Self.firstLine(of: text)
            let outcome = insert(Self.singleLine(first))
            if dropped > 0 {
                let kept = notice.map { " " + $0 } ?? ""
                notice = trPlural("common.input.pasted", dropped, String(dropped + 1)) + kept
            }
            return outcome
        case .resize:
            return .ignored
        case .key(let key):
            notice = nil
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> WidgetOutcome {
        if case .character(let character) = key {
            // A control character that arrives as a "character" (a terminal
            // that sends one raw) is not text: it would reach the screen.
            return insert(Self.singleLine(String(character)))
        }
        let map = keyMap
        if map.left.matches(key) { return move(to: cursor - 1) }
        if map.right.matches(key) { return move(to: cursor + 1) }
        if map.home.matches(key) { return move(to: 0) }
        if map.end.matches(key) { return move(to: characters.count) }
        if map.wordLeft.matches(key) { return move(to: treatsValueAsOneWord ? 0 : wordStart(before: cursor)) }
        if map.wordRight.matches(key) {
            return move(to: treatsValueAsOneWord ? characters.count : wordEnd(after: cursor))
        }
        if map.deleteBackward.matches(key) { return delete(cursor - 1..<cursor) }
        if map.deleteForward.matches(key) { return delete(cursor..<cursor + 1) }
        if map.deleteWord.matches(key) {
            return delete((treatsValueAsOneWord ? 0 : wordStart(before: cursor))..<cursor)
        }
        if map.deleteToStart.matches(key) { return delete(0..<cursor) }
        if map.deleteToEnd.matches(key) { return delete(cursor..<characters.count) }
        return .ignored
    }

    private mutating func move(to position: Int) -> WidgetOutcome {
        cursor = min(max(position, 0), characters.count)
        return .handled
    }

    private mutating func delete(_ range: Range<Int>) -> WidgetOutcome {
        let clamped = max(range.lowerBound, 0)..<min(range.upperBound, characters.count)
        guard !clamped.isEmpty else { return .handled }
        characters.removeSubrange(clamped)
        cursor = clamped.lowerBound
        return .changed
    }

    /// Inserts at the cursor, up to `maxLength`.
    public mutating func insert(_ text: String) -> WidgetOutcome {
        let incoming = Array(text)
        guard !incoming.isEmpty else { return .handled }
        let room = maxLength - characters.count
        let taken = incoming.prefix(max(room, 0))
        if taken.count < incoming.count {
            notice = tr("common.input.limit", String(maxLength), String(incoming.count - taken.count))
        }
        guard !taken.isEmpty else { return .handled }
        characters.insert(contentsOf: taken, at: cursor)
        cursor += taken.count
        return .changed
    }

    /// The first line of pasted text and how many more lines it had, line
    /// breaks at its start and end not counted (a copied key's newline).
    static func firstLine(of text: String) -> (line: String, dropped: Int) {
        let lines = text.split(omittingEmptySubsequences: false) { $0.isNewline }
        let trimmed = lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
        guard let first = trimmed.first else { return ("", 0) }
        return (String(first), trimmed.count - 1)
    }

    /// Pasted text for a one-line field: line breaks, controls and bidi
    /// controls removed (a copied U+202E would reorder the screen when the
    /// field is drawn, and has no place in a key, URL or name).
    public static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return !(value < 0x20 || (value >= 0x7F && value < 0xA0) || value == 0x2028 || value == 0x2029
                || Sanitizer.isBidiControl(value))
        }))
    }

    private func isWordCharacter(_ index: Int) -> Bool {
        let character = characters[index]
        return character.isLetter || character.isNumber || character == "_"
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0 && !isWordCharacter(index - 1) { index -= 1 }
        while index > 0 && isWordCharacter(index - 1) { index -= 1 }
        return index
    }

    private func wordEnd(after position: Int) -> Int {
        var index = position
        while index < characters.count && !isWordCharacter(index) { index += 1 }
        while index < characters.count && isWordCharacter(index) { index += 1 }
        return index
    }

    /// The field, `width` columns wide. With `mask`, each character is drawn
    /// as one mask character (the value itself is untouched).
    public func view(width: Int, mask: String? = nil, context: RenderContext) -> FieldView {
        // Focused: plain text on a reverse-video field (see Theme.color's `.inputText`).
        let role: StyleRole = isFocused ? .inputFocused : .input
        let textRole: StyleRole = isFocused ? .inputText : .input
        guard width > 1 else { return FieldView(lines: [Line("", role).fitted(to: max(width, 0))]) }
        if characters.isEmpty {
            var line = Line()
            if !placeholder.isEmpty { line.append(TextFitting.truncate(placeholder, to: width, ellipsis: context.glyphs.ellipsis), .dim) }
            line = line.fitted(to: width, fill: role)
            return FieldView(lines: [line], cursor: isFocused ? .init(row: 0, column: 0) : nil)
        }
        let shown: [String] = characters.map { mask ?? String($0) }
        let widths = shown.map { DisplayWidth.of($0) }
        // Scroll so the cursor's cell is on screen, keeping the start when it fits.
        var start = 0
        var columnsToCursor = widths[0..<cursor].reduce(0, +)
        let available = width - 1
        while columnsToCursor > available && start < cursor {
            columnsToCursor -= widths[start]
            start += 1
        }
        var line = Line()
        var used = 0
        var index = start
        if start > 0 {
            line.append(context.glyphs.ellipsis, .dim)
            used += DisplayWidth.of(context.glyphs.ellipsis)
            // The marker takes columns: drop characters until the cursor fits again.
            while used + widths[start..<cursor].reduce(0, +) > available && index < cursor {
                index += 1
                start += 1
            }
        }
        var cursorColumn = used
        while index < shown.count && used + widths[index] <= width {
            if index == cursor { cursorColumn = used }
            // A mask character too is plain: in any style it would cost
            // the style and its reset on the wire with every typed character.
            line.append(shown[index], textRole)
            used += widths[index]
            index += 1
        }
        if cursor >= index { cursorColumn = used }
        line = line.fitted(to: width, fill: role)
        return FieldView(lines: [line], cursor: isFocused ? .init(row: 0, column: min(cursorColumn, width - 1)) : nil)
    }
}
