/// A titled group of bindings in the help overlay ("List", "Form", "Everywhere").
public struct HelpSection: Sendable, Hashable {
    public var title: String
    public var bindings: [KeyBinding]

    public init(_ title: String, _ bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }
}
