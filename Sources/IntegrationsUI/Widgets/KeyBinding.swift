/// One key binding: which keys, what they do, and whether they work now.
///
/// Key maps are data: widgets and screens test a key only with `matches`,
/// and the footer and help overlay are built from the same bindings, so the
/// help can never offer a key that does nothing (a disabled binding neither
/// matches nor shows in the footer; the help lists it with its reason).
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    /// The keys shown to the operator; by default the first of `keys`.
    public var displayKeys: [Key]
    public var help: String
    public var isEnabled: Bool
    /// Why the binding is off (shown in the help overlay), e.g. "read-only".
    public var disabledReason: String?
    /// Whether the footer shows it (the help overlay shows every binding).
    public var inFooter: Bool
    /// Footer hints that must never be crowded out (help, quit).
    public var isEssential: Bool

    public init(
        _ keys: [Key], help: String, display: [Key]? = nil, enabled: Bool = true,
        disabledReason: String? = nil, inFooter: Bool = true, essential: Bool = false
    ) {
        self.keys = keys
        self.displayKeys = display ?? Array(keys.prefix(1))
        self.help = help
        self.isEnabled = enabled
        self.disabledReason = disabledReason
        self.inFooter = inFooter
        self.isEssential = essential
    }

    /// Whether this binding is on and `key` is one of its keys.
    public func matches(_ key: Key) -> Bool {
        isEnabled && keys.contains(key)
    }

    /// Whether `event` is a key press this binding answers.
    public func matches(_ event: InputEvent) -> Bool {
        if case .key(let key) = event { return matches(key) }
        return false
    }

    /// A copy switched on or off.
    public func enabled(_ on: Bool, reason: String? = nil) -> KeyBinding {
        var copy = self
        copy.isEnabled = on
        copy.disabledReason = on ? nil : reason
        return copy
    }

    /// A copy with another help text.
    public func withHelp(_ text: String) -> KeyBinding {
        var copy = self
        copy.help = text
        return copy
    }

    /// "↑/↓", "ctrl+s", "enter": the keys as the operator reads them.
    public func keyLabel(_ glyphs: Glyphs) -> String {
        displayKeys.map { KeyLabel.name($0, glyphs) }.joined(separator: "/")
    }
}
