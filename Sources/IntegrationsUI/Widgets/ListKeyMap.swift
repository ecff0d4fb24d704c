/// The movement keys every list shares (htop's Panel_onKey, written once).
public struct ListKeyMap: Sendable, Hashable {
    public var up = KeyBinding([.up, .control("p")], help: tr("common.list.key.move"), display: [.up, .down])
    public var down = KeyBinding([.down, .control("n")], help: tr("common.list.key.down"), inFooter: false)
    public var pageUp = KeyBinding([.pageUp], help: tr("common.list.key.pageup"), display: [.pageUp, .pageDown], inFooter: false)
    public var pageDown = KeyBinding([.pageDown], help: tr("common.list.key.pagedown"), inFooter: false)
    public var home = KeyBinding([.home], help: tr("common.list.key.first"), inFooter: false)
    public var end = KeyBinding([.end], help: tr("common.list.key.last"), inFooter: false)

    public init() {}

    public var all: [KeyBinding] { [up, down, pageUp, pageDown, home, end] }
}
