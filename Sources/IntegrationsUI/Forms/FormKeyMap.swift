/// The keys a form answers once the focused field has passed on a key.
public struct FormKeyMap: Sendable, Hashable {
    public var next = KeyBinding([.tab, .down], help: tr("form.key.next"), display: [.tab])
    public var previous = KeyBinding([.backTab, .up], help: tr("form.key.previous"), display: [.backTab])
    /// Enter moves on, and submits from the last field.
    public var enter = KeyBinding([.enter], help: tr("form.key.enter"), inFooter: false)
    public var submit = KeyBinding([.control("s")], help: tr("form.key.save"))

    public init() {}

    public var all: [KeyBinding] { [next, previous, enter, submit] }
}
