/// The editing keys of a one-line text input (readline-like).
public struct TextInputKeyMap: Sendable, Hashable {
    public var left = KeyBinding([.left, .control("b")], help: "move left", inFooter: false)
    public var right = KeyBinding([.right, .control("f")], help: "move right", inFooter: false)
    public var home = KeyBinding([.home, .control("a")], help: "start of line", inFooter: false)
    public var end = KeyBinding([.end, .control("e")], help: "end of line", inFooter: false)
    public var wordLeft = KeyBinding([.controlLeft], help: "previous word", inFooter: false)
    public var wordRight = KeyBinding([.controlRight], help: "next word", inFooter: false)
    public var deleteBackward = KeyBinding([.backspace, .control("h")], help: "delete before cursor", inFooter: false)
    public var deleteForward = KeyBinding([.delete, .control("d")], help: "delete at cursor", inFooter: false)
    public var deleteWord = KeyBinding([.control("w")], help: "delete previous word", inFooter: false)
    public var deleteToStart = KeyBinding([.control("u")], help: "delete to start", inFooter: false)
    public var deleteToEnd = KeyBinding([.control("k")], help: "delete to end", inFooter: false)

    public init() {}

    public var all: [KeyBinding] {
        [left, right, home, end, wordLeft, wordRight, deleteBackward, deleteForward, deleteWord,
         deleteToStart, deleteToEnd]
    }
}
