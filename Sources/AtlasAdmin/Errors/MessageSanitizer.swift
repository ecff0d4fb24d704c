/// Makes text from the network fit for a one-line message: no control
/// characters or escape sequences, no line breaks, bounded length, and no
/// secret the request carried (Atlas echoes values such as a rejected URL).
///
/// An escape sequence goes whole, body and all: dropping only its ESC would
/// leave `]52;c;…` or `[6n` on screen as if the server had written them.
enum MessageSanitizer {
    static let maxLength = 300

    static func oneLine(_ text: String, redacting secrets: [SecretValue] = []) -> String {
        var text = text
        for secret in secrets where secret.clearText.count >= 4 {
            text = text.replacingAll(secret.clearText, with: "****")
        }
        var out = ""
        var lastWasSpace = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let end = escapeSequenceEnd(scalars, at: index) {
                index = end
                if !lastWasSpace && !out.isEmpty { out += " " }
                lastWasSpace = true
                continue
            }
            index += 1
            let isControl = scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            if isControl || scalar == " " {
                if !lastWasSpace && !out.isEmpty { out += " " }
                lastWasSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        while out.last == " " { out.removeLast() }
        if out.count > maxLength {
            out = String(out.prefix(maxLength - 1)) + "…"
        }
        return out
    }

    /// Where the escape sequence starting at `start` ends (exclusive), or
    /// nil when none starts there. Covers CSI, OSC, DCS, SOS, PM and APC in
    /// their 7-bit (`ESC [`) and 8-bit (U+009B) forms and two-character
    /// escapes; a string sequence left open runs to the end of the text,
    /// as a terminal would swallow it.
    static func escapeSequenceEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let first = scalars[start].value
        var index = start + 1
        let introducer: UInt32
        switch first {
        case 0x1B:
            guard index < scalars.count else { return index }
            let next = scalars[index].value
            index += 1
            switch next {
            case 0x5B: introducer = 0x9B
            case 0x5D: introducer = 0x9D
            case 0x50: introducer = 0x90
            case 0x58: introducer = 0x98
            case 0x5E: introducer = 0x9E
            case 0x5F: introducer = 0x9F
            case 0x20...0x2F:
                // nF escapes: intermediates, then one final character.
                while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
                return min(index + 1, scalars.count)
            default: return index
            }
        case 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F:
            introducer = first
        default:
            return nil
        }
        if introducer == 0x9B {
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x07 || value == 0x9C { return index + 1 }
            if value == 0x1B { return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index }
            index += 1
        }
        return index
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
