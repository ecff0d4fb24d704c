/// Serializes `JSONValue` the way Atlas does, byte for byte where it matters.
///
/// Atlas (Jackson) writes object properties in alphabetical order, except
/// that an integration's `type` comes last; it writes non-ASCII text as raw
/// UTF-8 and does not escape `/`. Reproducing that lets tests compare our
/// masked bodies with recorded Atlas responses as plain strings.
struct JSONWriter {
    /// Indent nested values with two spaces (the `pretty=true` query flag).
    var pretty = false

    /// The UTF-8 bytes of `value`.
    func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out, depth: 0)
        return out
    }

    /// `value` as a string.
    func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// Key order for objects: alphabetical, with `type` last.
    static func orderedKeys(_ keys: some Collection<String>) -> [String] {
        keys.sorted { lhs, rhs in
            if lhs == "type" { return false }
            if rhs == "type" { return true }
            return lhs < rhs
        }
    }

    private func write(_ value: JSONValue, into out: inout [UInt8], depth: Int) {
        switch value {
        case .null: out.append(contentsOf: Array("null".utf8))
        case .bool(let flag): out.append(contentsOf: Array((flag ? "true" : "false").utf8))
        case .int(let number): out.append(contentsOf: Array(String(number).utf8))
        case .double(let number): writeDouble(number, into: &out)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(into: &out, depth: depth + 1)
                write(item, into: &out, depth: depth + 1)
            }
            if !items.isEmpty { newline(into: &out, depth: depth) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, key) in Self.orderedKeys(members.keys).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(into: &out, depth: depth + 1)
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(members[key] ?? .null, into: &out, depth: depth + 1)
            }
            if !members.isEmpty { newline(into: &out, depth: depth) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(into out: inout [UInt8], depth: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private func writeDouble(_ number: Double, into out: inout [UInt8]) {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            out.append(contentsOf: Array(String(Int(number)).utf8))
        } else if number.isFinite {
            out.append(contentsOf: Array(String(number).utf8))
        } else {
            out.append(contentsOf: Array("null".utf8))
        }
    }

    private func writeString(_ text: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0f)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
