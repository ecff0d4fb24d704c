/// Shows that a request is running; it turns on every tick the adapter
/// sends while `AppState.wantsTicks` is true.
public struct Spinner: Sendable, Hashable {
    public private(set) var frame = 0

    public init() {}

    public mutating func advance() { frame &+= 1 }

    public func glyph(_ glyphs: Glyphs) -> String {
        guard !glyphs.spinner.isEmpty else { return "*" }
        return glyphs.spinner[frame % glyphs.spinner.count]
    }
}
