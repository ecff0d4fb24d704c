/// The movement keys every list shares (htop's Panel_onKey, written once).
public struct ListKeyMap: Sendable, Hashable {
    public var up = KeyBinding([.up, .control("p")], help: "move", display: [.up, .down])
    public var down = KeyBinding([.down, .control("n")], help: "move down", inFooter: false)
    public var pageUp = KeyBinding([.pageUp], help: "page up", display: [.pageUp, .pageDown], inFooter: false)
    public var pageDown = KeyBinding([.pageDown], help: "page down", inFooter: false)
    public var home = KeyBinding([.home], help: "first", inFooter: false)
    public var end = KeyBinding([.end], help: "last", inFooter: false)

    public init() {}

    public var all: [KeyBinding] { [up, down, pageUp, pageDown, home, end] }
}
