/// Names keys the way footers and help screens print them.
public enum KeyLabel {
    public static func name(_ key: Key, _ glyphs: Glyphs) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .enter: "enter"
        case .tab: "tab"
        case .backTab: "shift+tab"
        case .backspace: "backspace"
        case .delete: "del"
        case .up: glyphs.arrowUp
        case .down: glyphs.arrowDown
        case .left: glyphs.arrowLeft
        case .right: glyphs.arrowRight
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .controlLeft: "ctrl+" + glyphs.arrowLeft
        case .controlRight: "ctrl+" + glyphs.arrowRight
        case .escape: "esc"
        case .control(let letter): "ctrl+" + String(letter)
        case .function(let number): "f\(number)"
        }
    }
}
