/// Keys that work on every screen.
public struct GlobalKeyMap: Sendable, Hashable {
    public var forceQuit = KeyBinding([.control("c")], help: tr("common.key.quitnow"), inFooter: false)
    public var help = KeyBinding([.character("?"), .function(1)], help: tr("common.key.help"), display: [.character("?")], essential: true)
    /// `q` only where no text is typed (lists, menus, toggles); F10 anywhere.
    public var quit = KeyBinding([.character("q")], help: tr("common.key.quit"), essential: true)
    /// F10: quits on every screen, inside a text field too (asking first
    /// when typed input or a write would be lost), as in htop and mc.
    public var quitAnyKey = KeyBinding([.function(10)], help: tr("common.key.quit"), essential: true)
    public var back = KeyBinding([.escape], help: tr("common.key.back"))
    /// F3: the saves and deletes of this session, from any screen.
    public var sessionWrites = KeyBinding([.function(3)], help: tr("common.key.writes"))
    /// Ctrl-C in the footer, where `q` is a letter (text fields, the filter).
    public var forceQuitHint = KeyBinding([.control("c")], help: tr("common.key.quit"), essential: true)

    public init() {}
}
