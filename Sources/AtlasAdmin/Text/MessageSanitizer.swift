/// Makes text from the network fit for a one-line message: no control
/// characters or escape sequences, no line breaks, bounded length, and no
/// secret the request carried (Atlas echoes values such as a rejected URL).
///
/// An escape sequence goes whole, body and all (`EscapeSequence`): dropping
/// only its ESC would leave `]52;c;…` or `[6n` on screen as if the server
/// had written them.
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
            if let end = EscapeSequence.end(in: scalars, at: index) {
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
