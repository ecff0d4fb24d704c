import CNCurses
@testable import CursesTerminal
import IntegrationsUI

/// One `get_wch` result, as a test spells it, and the helpers that feed a
/// list of them to an `InputAssembler` the way the terminal does.
enum InputFeed: Hashable {
    case character(UInt32)
    case keyCode(Int32)
    /// A status `get_wch` never returns with a value (ERR, garbage).
    case other(status: Int32, value: UInt32)

    static let size = (width: 123, height: 45)

    static func assembler() -> InputAssembler {
        InputAssembler { size }
    }

    static var pasteStart: InputFeed { .keyCode(KeyDecoder.pasteStartCode) }
    static var pasteEnd: InputFeed { .keyCode(KeyDecoder.pasteEndCode) }
    static var resize: InputFeed { .keyCode(KEY_RESIZE) }
    static var resized: InputEvent { .resize(width: size.width, height: size.height) }

    /// The characters of `text`, one result each, as curses returns typed text.
    static func text(_ text: String) -> [InputFeed] {
        text.unicodeScalars.map { .character($0.value) }
    }

    var status: Int32 {
        switch self {
        case .character: OK
        case .keyCode: KEY_CODE_YES
        case .other(let status, _): status
        }
    }

    var value: UInt32 {
        switch self {
        case .character(let value), .other(_, let value): value
        case .keyCode(let code): UInt32(bitPattern: code)
        }
    }
}

extension InputAssembler {
    /// Feeds `inputs` as one burst (all read without waiting).
    mutating func burst(_ inputs: [InputFeed]) -> [InputEvent] {
        var events: [InputEvent] = []
        for input in inputs {
            events += feed(status: input.status, value: input.value)
        }
        return events + endOfBurst()
    }
}

extension [InputEvent] {
    /// Every paste's text, joined in order.
    var pastedText: String {
        compactMap { event -> String? in
            if case .paste(let text) = event { return text }
            return nil
        }.joined()
    }

    var keys: [Key] {
        compactMap { event -> Key? in
            if case .key(let key) = event { return key }
            return nil
        }
    }
}
