/// The editing keys of a one-line text input (readline-like).
public struct TextInputKeyMap: Sendable, Hashable {
    public var left = KeyBinding([.left, .control("b")], help: tr("common.input.key.left"), inFooter: false)
    public var right = KeyBinding([.right, .control("f")], help: tr("common.input.key.right"), inFooter: false)
    public var home = KeyBinding([.home, .control("a")], help: tr("common.input.key.home"), inFooter: false)
    public var end = KeyBinding([.end, .control("e")], help: tr("common.input.key.end"), inFooter: false)
    public var wordLeft = KeyBinding([.controlLeft], help: tr("common.input.key.wordleft"), inFooter: false)
    public var wordRight = KeyBinding([.controlRight], help: tr("common.input.key.wordright"), inFooter: false)
    public var deleteBackward = KeyBinding([.backspace, .control("h")], help: tr("common.input.key.backspace"), inFooter: false)
    public var deleteForward = KeyBinding([.delete, .control("d")], help: tr("common.input.key.delete"), inFooter: false)
    public var deleteWord = KeyBinding([.control("w")], help: tr("common.input.key.deleteword"), inFooter: false)
    public var deleteToStart = KeyBinding([.control("u")], help: tr("common.input.key.deletestart"), inFooter: false)
    public var deleteToEnd = KeyBinding([.control("k")], help: tr("common.input.key.deleteend"), inFooter: false)

    public init() {}

    public var all: [KeyBinding] {
        [left, right, home, end, wordLeft, wordRight, deleteBackward, deleteForward, deleteWord,
         deleteToStart, deleteToEnd]
    }
}
