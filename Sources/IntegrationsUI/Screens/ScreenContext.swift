import Foundation

/// What every screen needs from the app to handle keys and draw.
struct ScreenContext: Sendable {
    var glyphs: Glyphs
    var readOnly: Bool
    /// The spinner's current glyph, for screens with a request running.
    var spinner: String
    var global: GlobalKeyMap
    /// The time now (`AppState.now`), for ages such as "read 3 min ago".
    var now: Date

    var render: RenderContext { RenderContext(glyphs: glyphs) }
}
