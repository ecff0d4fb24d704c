@testable import IntegrationsUI

let testContext = RenderContext(glyphs: .unicode)

extension FieldWidget {
    mutating func press(_ key: Key, times: Int = 1) {
        for _ in 0..<times { _ = update(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { _ = update(.key(.character(character))) }
    }

    func rendered(width: Int = 40) -> [String] {
        view(width: width, context: testContext).lines.map(\.text)
    }
}

extension TextInput {
    mutating func press(_ key: Key, times: Int = 1) {
        for _ in 0..<times { _ = update(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { _ = update(.key(.character(character))) }
    }
}
