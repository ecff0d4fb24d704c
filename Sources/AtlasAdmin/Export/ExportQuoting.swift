/// Writing arbitrary text (project names, routing keys, anything Atlas
/// returned) into HCL, YAML and comments so that it stays one value and
/// can never end the string, start an interpolation or break a line.
enum ExportQuoting {
    enum Dialect { case hcl, yaml }

    /// A double-quoted string of `dialect`. Printable characters are kept as
    /// they are (UTF-8 files); controls, line and paragraph separators and
    /// non-characters are escaped; in HCL `${` and `%{` are doubled so no
    /// template interpolation or directive can start.
    static func quoted(_ text: String, _ dialect: Dialect) -> String {
        var out = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "{" where dialect == .hcl && (previous == "$" || previous == "%"):
                out.unicodeScalars.append(previous!)
                out += "{"
            default:
                if needsEscape(scalar) {
                    out += hexEscape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            previous = scalar
        }
        return out + "\""
    }

    /// Text for a `#` comment: one line, every control character and
    /// escape sequence turned into a space, so a hostile project name
    /// cannot end the comment or reach a terminal that shows the file.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { needsEscape($0) || $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private static func hexEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
