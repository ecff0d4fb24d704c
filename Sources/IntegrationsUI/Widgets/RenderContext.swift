/// What a widget needs to know to draw itself besides its own state.
public struct RenderContext: Sendable, Hashable {
    public var glyphs: Glyphs

    public init(glyphs: Glyphs) {
        self.glyphs = glyphs
    }
}
