import Foundation

/// Everything a program wrote to its terminal, read for the modes it left
/// the terminal in: the ones `stty` cannot see because they live in the
/// terminal emulator (alternate screen, cursor visibility, bracketed paste,
/// keypad mode).
///
/// The sequences are those of `tmux-256color`, the terminal type the
/// journeys' tmux gives its panes.
struct TerminalOutputLog {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    /// Waits until the log shows the program leaving the alternate screen.
    static func wait(at path: String, timeout: Duration = .seconds(30)) async throws -> TerminalOutputLog {
        try await eventually("the program's output to leave the alternate screen", timeout: timeout) {
            let data = FileManager.default.contents(atPath: path) ?? Data()
            let log = TerminalOutputLog(String(decoding: data, as: UTF8.self))
            return log.text.contains(Self.alternateScreenOff) ? log : nil
        }
    }

    static let alternateScreenOn = "\u{1b}[?1049h"
    static let alternateScreenOff = "\u{1b}[?1049l"

    /// The last of `sequences` the program wrote, if any.
    func last(of sequences: [String]) -> String? {
        sequences.compactMap { sequence in text.range(of: sequence, options: .backwards).map { ($0.lowerBound, sequence) } }
            .max { $0.0 < $1.0 }?.1
    }

    /// The program entered the alternate screen and left it again.
    var leftAlternateScreen: Bool {
        text.contains(Self.alternateScreenOn)
            && last(of: [Self.alternateScreenOn, Self.alternateScreenOff]) == Self.alternateScreenOff
    }

    /// The cursor was shown again after last being hidden.
    var cursorShown: Bool {
        last(of: ["\u{1b}[?25l", "\u{1b}[?25h"]) == "\u{1b}[?25h"
    }

    /// Bracketed paste was turned on, and off again.
    var bracketedPasteOff: Bool {
        text.contains("\u{1b}[?2004h") && last(of: ["\u{1b}[?2004h", "\u{1b}[?2004l"]) == "\u{1b}[?2004l"
    }

    /// The keypad was put back in normal (cursor) mode.
    var keypadNormal: Bool {
        last(of: ["\u{1b}[?1h\u{1b}=", "\u{1b}[?1l\u{1b}>"]) == "\u{1b}[?1l\u{1b}>"
    }
}
