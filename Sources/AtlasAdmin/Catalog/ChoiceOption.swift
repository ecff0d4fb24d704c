/// One value of an enumerated field: what Atlas takes (`US3`) and what the
/// operator reads (`US3 (us3.datadoghq.com)`).
public struct ChoiceOption: Sendable, Hashable {
    public var value: String
    public var label: String

    public init(_ value: String, label: String? = nil) {
        self.value = value
        self.label = label ?? value
    }
}
